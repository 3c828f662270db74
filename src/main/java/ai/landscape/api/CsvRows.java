package ai.landscape.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The CSV columns of a DTO record, worked out once per record type: scalars and codes as they
 * are, nested records flattened into dotted columns ({@code provenance.row}), lists of scalars
 * joined with {@code ;}, lists of records and maps as JSON text. Cells that a spreadsheet would
 * run as a formula (starting with =, +, -, @, tab or carriage return) are neutralised with a
 * leading apostrophe.
 */
@ApplicationScoped
class CsvRows {

    record Column(String name, Function<Object, String> cell) {}

    private final Map<Class<?>, List<Column>> columns = new ConcurrentHashMap<>();

    @Inject
    ObjectMapper json;

    List<Column> columns(Class<?> type) {
        return columns.computeIfAbsent(type, t -> columns(t, "", Function.identity()));
    }

    String[] header(Class<?> type) {
        return columns(type).stream().map(Column::name).toArray(String[]::new);
    }

    String[] row(Object record) {
        List<Column> columns = columns(record.getClass());
        String[] cells = new String[columns.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = neutralise(columns.get(i).cell().apply(record));
        }
        return cells;
    }

    /** A cell that cannot start a formula in a spreadsheet. */
    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }

    private List<Column> columns(Class<?> type, String prefix, Function<Object, Object> of) {
        List<Column> out = new ArrayList<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            String name = prefix + rc.getName();
            MethodHandle accessor = accessor(rc);
            Function<Object, Object> value = of.andThen(o -> o == null ? null : invoke(accessor, o));
            Class<?> t = rc.getType();
            if (t.isRecord()) {
                out.addAll(columns(t, name + ".", value));
            } else if (Collection.class.isAssignableFrom(t)) {
                out.add(new Column(name, o -> list(value.apply(o))));
            } else if (Map.class.isAssignableFrom(t)) {
                out.add(new Column(name, o -> json(value.apply(o))));
            } else {
                out.add(new Column(name, o -> {
                    Object v = value.apply(o);
                    return v == null ? null : v instanceof Enum<?> e ? e.name() : v.toString();
                }));
            }
        }
        return out;
    }

    private String list(Object value) {
        if (value == null) {
            return null;
        }
        Collection<?> items = (Collection<?>) value;
        if (items.stream().anyMatch(i -> i != null && (i.getClass().isRecord() || i instanceof Map))) {
            return json(items);
        }
        return items.stream()
                .map(i -> i instanceof Enum<?> e ? e.name() : String.valueOf(i))
                .collect(Collectors.joining(";"));
    }

    private String json(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MethodHandle accessor(RecordComponent rc) {
        try {
            return MethodHandles.publicLookup().unreflect(rc.getAccessor());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object invoke(MethodHandle accessor, Object o) {
        try {
            return accessor.invoke(o);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
