package ai.landscape.application;

import ai.landscape.common.SearchText;
import ai.landscape.organization.Organization;
import ai.landscape.seed.CuratedRecord;
import ai.landscape.seed.CuratedRow;
import ai.landscape.seed.LoadedRecords;
import ai.landscape.seed.SeedLoader;
import ai.landscape.seed.SeedReader;
import ai.landscape.seed.TableRow;
import ai.landscape.vocabulary.Category;
import ai.landscape.vocabulary.Segment;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Loads the China application list. */
public final class ApplicationSeedLoader {

    public record ApplicationCuration(
            int row,
            String id,
            String name,
            String nameEn,
            boolean nameEnTranslated,
            String nameZh,
            String nameEnOrigin,
            List<String> aliases,
            String organization,
            Boolean organizationInferred)
            implements CuratedRecord {}

    public static final String TABLE = "applications";
    private static final String NAME = "项目";
    private static final String DIRECTION = "方向";
    private static final String SEGMENTS = "GO to market";

    /** Reads the application table (and its curation). */
    public static final SeedLoader LOADER = SeedLoader.tables(ApplicationSeedLoader::load, TABLE);

    private ApplicationSeedLoader() {}

    /** Loads the application list; the organizations are loaded before it. */
    public static void load(SeedReader reader, LoadedRecords records) {
        Set<String> organizationIds =
                records.of(Organization.class).stream().map(o -> o.id).collect(Collectors.toSet());
        String file = SeedReader.curationFile(TABLE);
        Set<String> ids = new HashSet<>();
        for (CuratedRow<ApplicationCuration> cr : reader.curatedRows(
                TABLE, List.of(NAME, DIRECTION, SEGMENTS), new TypeReference<List<ApplicationCuration>>() {})) {
            TableRow row = cr.row();
            ApplicationCuration c = cr.curation();
            Application a = reader.named(new Application(), TABLE, row.row(), c, row.cell(NAME), ids);
            a.aliases = c.aliases() == null ? List.of() : c.aliases();
            a.directionRaw = row.cell(DIRECTION);
            List<Category> categories = Category.fromDirection(a.directionRaw);
            if (categories == null) {
                reader.problem(
                        SeedReader.tableFile(TABLE),
                        row.row(),
                        "direction '" + a.directionRaw + "' has no category mapping");
                categories = List.of();
            }
            a.categories = categories.stream().map(Enum::name).toList();
            a.segmentsRaw = row.cell(SEGMENTS);
            a.segments = new ArrayList<>();
            for (String part : a.segmentsRaw.split("[/+＋]")) {
                Segment segment = Segment.fromRaw(part.trim());
                if (segment == null) {
                    reader.problem(SeedReader.tableFile(TABLE), row.row(), "segment '" + part + "' has no code");
                } else if (!a.segments.contains(segment.name())) {
                    a.segments.add(segment.name());
                }
            }
            a.organizationId = c.organization();
            if (a.organizationId != null && !organizationIds.contains(a.organizationId)) {
                reader.problem(file, row.row(), "organization '" + a.organizationId + "' does not exist");
            }
            if (c.organizationInferred() == null && a.organizationId != null) {
                reader.problem(
                        file,
                        row.row(),
                        "organization '" + a.organizationId + "' needs organizationInferred: true when the seed "
                                + "does not state the link, false when it does");
            } else if (c.organizationInferred() != null && a.organizationId == null) {
                reader.problem(file, row.row(), "organizationInferred is given, but no organization");
            }
            a.organizationInferred = c.organizationInferred() != null && c.organizationInferred();
            a.searchText = SearchText.of(Stream.concat(Stream.of(a.name, a.nameEn, a.nameZh), a.aliases.stream()));
            records.add(a);
        }
    }
}
