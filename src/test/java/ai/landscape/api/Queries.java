package ai.landscape.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Validated list queries written as query parameters, for the tests that plan or read pages without HTTP. */
final class Queries {

    private Queries() {}

    /** The query of {@code name=value} pairs on a list, at {@code offset} (through a page token when not 0). */
    static ListQuery of(ListSpec<?, ?> spec, int offset, String... pairs) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String pair : pairs) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], List.of(kv[1]));
        }
        ListQuery first = ListQueryParser.parse(spec, params, Map.of(), true);
        if (offset == 0) {
            return first;
        }
        params.put("pageToken", List.of(PageToken.encode(offset, first.queryHash(), "v")));
        return ListQueryParser.parse(spec, params, Map.of(), true);
    }
}
