package ai.landscape.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The records of one load so far, by entity class, in the order their loaders added them. */
public final class LoadedRecords {

    private final Map<Class<?>, List<Object>> byEntity = new LinkedHashMap<>();

    public void add(Object record) {
        byEntity.computeIfAbsent(record.getClass(), c -> new ArrayList<>()).add(record);
    }

    public void addAll(List<?> records) {
        records.forEach(this::add);
    }

    /** The records of an entity class added so far (none when its collection has not been loaded yet). */
    public <E> List<E> of(Class<E> entity) {
        return byEntity.getOrDefault(entity, List.of()).stream()
                .map(entity::cast)
                .toList();
    }
}
