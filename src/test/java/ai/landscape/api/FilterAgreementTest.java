package ai.landscape.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every filter of every declared list is written twice: as SQL ({@link Filter#condition}, what a page query runs) and
 * in Java ({@link Filter#matches}, what totals are summed with from the value counts). On generated column values and
 * parameter values, PostgreSQL's verdict on the condition and the Java predicate agree.
 */
@QuarkusTest
class FilterAgreementTest {

    private static final int TRIALS = 150;
    private static final List<String> IDS = List.of("baidu", "openai", "x-1", "zhipu-ai");
    private static final List<Long> NUMBERS = List.of(0L, 1L, 130_000_000_000L, 540_000_000_000L, 999_999_999_999L);

    @Inject
    Catalog catalog;

    @Inject
    EntityManager em;

    private final Random random = new Random(20261123L);

    @Test
    void theSqlConditionAndTheJavaPredicateOfEveryFilterAgree() {
        Map<String, Filter> filters = new LinkedHashMap<>();
        catalog.lists()
                .values()
                .forEach(op -> op.spec()
                        .filters()
                        .values()
                        .forEach(f -> filters.put(op.spec().name() + "." + f.parameter(), f)));
        Map<Filter.Match, Integer> trials = new EnumMap<>(Filter.Match.class);
        Map<Filter.Match, Integer> matched = new EnumMap<>(Filter.Match.class);
        List<String> disagreements = new ArrayList<>();
        for (Map.Entry<String, Filter> e : filters.entrySet()) {
            Filter f = e.getValue();
            for (int i = 0; i < TRIALS; i++) {
                List<Object> given = given(f);
                String cell = cell(f);
                Object[] row = QuarkusTransaction.requiringNew().call(() -> verdict(f, given, cell));
                boolean sql = Boolean.TRUE.equals(row[1]);
                boolean java = f.matches(row[0], given);
                trials.merge(f.match(), 1, Integer::sum);
                matched.merge(f.match(), sql ? 1 : 0, Integer::sum);
                if (sql != java) {
                    disagreements.add(e.getKey() + " " + f.column() + "=" + cell + " given " + given + ": SQL " + sql
                            + ", Java " + java);
                }
            }
        }
        assertEquals(List.of(), disagreements);
        // every kind of match was tried, and each both matched and did not
        assertEquals(Filter.Match.values().length, trials.size(), trials.toString());
        trials.forEach((match, n) -> {
            assertTrue(
                    matched.get(match) > 0 && matched.get(match) < n,
                    match + " matched " + matched.get(match) + " of " + n);
        });
    }

    /** The column value as JDBC returns it, and PostgreSQL's verdict on the condition (null when it is NULL). */
    private Object[] verdict(Filter f, List<Object> given, String cell) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            names.add("p" + i);
        }
        Query q = em.createNativeQuery("SELECT " + f.column() + ", (" + f.condition(names) + ") FROM (SELECT " + cell
                + " AS " + f.column() + ") t");
        for (int i = 0; i < given.size(); i++) {
            q.setParameter(names.get(i), given.get(i));
        }
        return (Object[]) q.getSingleResult();
    }

    /** Parameter values as the parser types them: codes and ids as text, booleans, whole numbers. */
    private List<Object> given(Filter f) {
        int n = f.repeatable() ? 1 + random.nextInt(3) : 1;
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add(
                    switch (f.type()) {
                        case CODE -> pick(f.values());
                        case ID -> pick(IDS);
                        case BOOLEAN -> random.nextBoolean();
                        case INTEGER -> pick(NUMBERS);
                    });
        }
        return values;
    }

    /** A column value as an SQL literal of the column's type: sometimes NULL, arrays of 0 to 3 elements. */
    private String cell(Filter f) {
        String type = switch (f.type()) {
            case CODE, ID -> "text";
            case BOOLEAN -> "boolean";
            case INTEGER -> "bigint";
        };
        if (random.nextInt(6) == 0) {
            return f.match() == Filter.Match.OVERLAPS ? "NULL::text[]" : "NULL::" + type;
        }
        if (f.match() == Filter.Match.OVERLAPS) {
            List<String> elements = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                elements.add("'" + scalar(f) + "'");
            }
            return "ARRAY[" + String.join(", ", elements) + "]::text[]";
        }
        return f.type() == Filter.Type.INTEGER || f.type() == Filter.Type.BOOLEAN
                ? scalar(f) + "::" + type
                : "'" + scalar(f) + "'::text";
    }

    private String scalar(Filter f) {
        return switch (f.type()) {
            case CODE -> pick(f.values());
            case ID -> pick(IDS);
            case BOOLEAN -> String.valueOf(random.nextBoolean());
            case INTEGER -> String.valueOf(pick(NUMBERS));
        };
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
