package app.delight.store;

import app.delight.domain.FollowUp;
import app.delight.domain.FreeWork;
import app.delight.domain.Incident;
import app.delight.domain.NpsAnswer;
import app.delight.domain.PromptResponse;
import app.delight.domain.Struggle;
import app.delight.domain.Touchpoint;
import java.lang.reflect.Type;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.generic.GenericTypes;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.mapper.ColumnMapperFactory;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * How the app's values meet PostgreSQL's columns, registered once on the {@link Jdbi}: an instant is
 * a {@code timestamptz} written and read in UTC, an enum is its code (its name in lower case:
 * 'open', 'not_relevant', 'follow_up'), and each history record is built from the columns named
 * after its components ({@code client_id} for {@code clientId}).
 */
final class Mappings {
    private Mappings() {
    }

    static Jdbi register(Jdbi jdbi) {
        return jdbi
                .registerArgument(new InstantArgument())
                .registerColumnMapper(Instant.class, Mappings::instant)
                .registerColumnMapper(new EnumCodes())
                .registerRowMapper(ConstructorMapper.factory(Touchpoint.class))
                .registerRowMapper(ConstructorMapper.factory(FollowUp.class))
                .registerRowMapper(ConstructorMapper.factory(Struggle.class))
                .registerRowMapper(ConstructorMapper.factory(NpsAnswer.class))
                .registerRowMapper(ConstructorMapper.factory(FreeWork.class))
                .registerRowMapper(ConstructorMapper.factory(Incident.class))
                .registerRowMapper(ConstructorMapper.factory(PromptResponse.class));
    }

    /** How the database spells an enum. */
    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static Instant instant(ResultSet rs, int column, StatementContext ctx) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Bound as a UTC offset date-time, so the instant is stored whatever the JVM's or the server's time zone. */
    private static final class InstantArgument extends AbstractArgumentFactory<Instant> {
        InstantArgument() {
            super(Types.TIMESTAMP_WITH_TIMEZONE);
        }

        @Override
        protected Argument build(Instant value, ConfigRegistry config) {
            OffsetDateTime utc = value.atOffset(ZoneOffset.UTC);
            return (position, statement, ctx) -> statement.setObject(position, utc);
        }
    }

    /** Any enum, read from its code; a code this version does not know is an error that says so. */
    private static final class EnumCodes implements ColumnMapperFactory {
        @Override
        public Optional<ColumnMapper<?>> build(Type type, ConfigRegistry config) {
            Class<?> erased = GenericTypes.getErasedType(type);
            if (!erased.isEnum()) {
                return Optional.empty();
            }
            return Optional.of((rs, column, ctx) -> {
                String code = rs.getString(column);
                return code == null ? null : of(erased, code);
            });
        }

        private static Object of(Class<?> type, String code) {
            for (Object value : type.getEnumConstants()) {
                if (code((Enum<?>) value).equals(code)) {
                    return value;
                }
            }
            throw new IllegalStateException("the database holds " + type.getSimpleName() + " '" + code
                    + "', which this version does not know");
        }
    }
}
