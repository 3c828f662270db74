package ai.landscape.seed;

import ai.landscape.common.SearchText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Search through links: a record is found by its own names and by the names of the searchable records it links to (a
 * SOTA row by its organizations' names and aliases, a thesis by the companies it names). The linked names follow the
 * record's own in its search text, after {@link SearchText#LINKED}; the search entry keeps the records linked to, so
 * that a hit can say which of them matched.
 *
 * @param documents the search entries of a load, with their links
 * @param linkedNames by table, the text to append to the search text of each record (by id) that links to others
 */
record LinkedSearch(List<SearchDocument> documents, Map<String, Map<String, String>> linkedNames) {

    static LinkedSearch of(List<SeededCollection> collections, LoadedRecords records) {
        Map<String, Map<String, SearchDocument>> own = new LinkedHashMap<>();
        for (SeededCollection c : collections) {
            Map<String, SearchDocument> byId = new LinkedHashMap<>();
            for (Object record : records.of(c.entity())) {
                c.searchDocument(record).ifPresent(d -> byId.put(d.id(), d));
            }
            own.put(c.name(), byId);
        }
        List<SearchDocument> documents = new ArrayList<>();
        Map<String, Map<String, String>> linkedNames = new LinkedHashMap<>();
        for (SeededCollection c : collections) {
            Optional<String> table = c.searchedTable();
            for (Object record : records.of(c.entity())) {
                Optional<SearchDocument> document = c.searchDocument(record);
                if (document.isEmpty()) {
                    continue;
                }
                SearchDocument d = document.get();
                List<SearchDocument> targets = targets(c.linked(record), own);
                if (targets.isEmpty()) {
                    documents.add(d);
                    continue;
                }
                LinkedHashSet<String> lines = new LinkedHashSet<>();
                targets.forEach(
                        t -> lines.addAll(List.of(SearchText.own(t.searchText()).split("\n"))));
                lines.removeAll(List.of(d.searchText().split("\n")));
                String appended = SearchText.LINKED + String.join("\n", lines);
                documents.add(new SearchDocument(
                        d.collection(),
                        d.id(),
                        d.name(),
                        d.nameEn(),
                        d.nameZh(),
                        d.aliases(),
                        d.searchText() + appended,
                        targets.stream().map(SearchDocument::asLink).toList()));
                table.ifPresent(t -> linkedNames
                        .computeIfAbsent(t, k -> new LinkedHashMap<>())
                        .put(d.id(), appended));
            }
        }
        return new LinkedSearch(documents, linkedNames);
    }

    /** The search entries of the searchable records linked to, in the order of the links. */
    private static List<SearchDocument> targets(
            Map<String, Collection<String>> linked, Map<String, Map<String, SearchDocument>> own) {
        List<SearchDocument> targets = new ArrayList<>();
        linked.forEach((collection, ids) -> {
            Map<String, SearchDocument> byId = own.getOrDefault(collection, Map.of());
            ids.stream()
                    .distinct()
                    .map(byId::get)
                    .filter(java.util.Objects::nonNull)
                    .forEach(targets::add);
        });
        return targets;
    }
}
