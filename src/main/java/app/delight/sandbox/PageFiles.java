package app.delight.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServletResponse;

/** {@code GET /} and {@code GET /sandbox/static/{file}}: the page and its CSS, JavaScript and icon, from the jar. */
final class PageFiles {
    private static final String STATIC_PREFIX = "/sandbox/static/";
    private static final Pattern STATIC_FILE = Pattern.compile("[a-z0-9][a-z0-9-]*\\.(css|js|svg|html)");
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";

    private PageFiles() {
    }

    /** The file {@code path} names, if it names one; false when it is not a path of the page's. */
    static boolean serve(String path, HttpServletResponse response) throws IOException {
        if (path.equals("/") || path.equals("/index.html")) {
            resource(response, "index.html");
            return true;
        }
        if (path.startsWith(STATIC_PREFIX) && STATIC_FILE.matcher(path.substring(STATIC_PREFIX.length())).matches()) {
            resource(response, path.substring(STATIC_PREFIX.length()));
            return true;
        }
        return false;
    }

    private static void resource(HttpServletResponse response, String name) throws IOException {
        try (InputStream in = PageFiles.class.getClassLoader().getResourceAsStream("sandbox/" + name)) {
            if (in == null) {
                Http.text(response, 404, "not found");
                return;
            }
            byte[] bytes = in.readAllBytes();
            response.setStatus(200);
            response.setContentType(contentType(name));
            response.setHeader("Cache-Control", "no-cache");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }

    private static String contentType(String name) {
        if (name.endsWith(".html")) {
            return "text/html;charset=utf-8";
        }
        if (name.endsWith(".css")) {
            return "text/css;charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript;charset=utf-8";
        }
        return "image/svg+xml";
    }
}
