package app.delight.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where the PostgreSQL server is. Accepts the {@code postgres://user:pass@host:port/db} form that
 * hosting platforms hand out, and a plain JDBC URL for everything else.
 */
public record DatabaseUrl(String jdbcUrl, Optional<String> user, Optional<Secret> password) {

    public static DatabaseUrl parse(String variable, String value) {
        if (value.startsWith("jdbc:postgresql:")) {
            return new DatabaseUrl(value, Optional.empty(), Optional.empty());
        }
        if (!value.startsWith("postgres://") && !value.startsWith("postgresql://")) {
            throw new ConfigException(variable + " must be postgres://user:pass@host:port/db or jdbc:postgresql://…, got "
                    + withoutPassword(value));
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new ConfigException(variable + " is not a valid URL (" + e.getReason() + "), got " + withoutPassword(value));
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() <= 1) {
            throw new ConfigException(variable + " must name a host and a database (postgres://user:pass@host:port/db), got "
                    + withoutPassword(value));
        }
        String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String jdbc = "jdbc:postgresql://" + uri.getHost() + port + uri.getRawPath() + query;
        Optional<String> user = Optional.empty();
        Optional<Secret> password = Optional.empty();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = Optional.of(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            if (colon >= 0) {
                password = Optional.of(Secret.of(decode(userInfo.substring(colon + 1))));
            }
        }
        return new DatabaseUrl(jdbc, user, password);
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    /** The URL as it may be shown: the password replaced, since error messages end up in logs. */
    static String withoutPassword(String value) {
        return value.replaceAll("(//[^:/@]*:)[^@]*@", "$1****@");
    }
}
