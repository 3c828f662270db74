package ai.landscape.sota;

import ai.landscape.common.Citations;
import ai.landscape.common.ParameterClaim;
import ai.landscape.common.QuantityParser;
import ai.landscape.common.SearchText;
import ai.landscape.model.Model;
import ai.landscape.organization.Organization;
import ai.landscape.seed.CuratedRecord;
import ai.landscape.seed.CuratedRow;
import ai.landscape.seed.LoadedRecords;
import ai.landscape.seed.SeedLoader;
import ai.landscape.seed.SeedReader;
import ai.landscape.seed.TableRow;
import ai.landscape.vocabulary.SotaType;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Loads the US/China SOTA comparison. */
public final class SotaSeedLoader {

    public record SotaCuration(
            int row,
            String id,
            String name,
            String nameEn,
            boolean nameEnTranslated,
            String nameZh,
            String nameEnOrigin,
            List<String> organizations,
            List<ModelCuration> models)
            implements CuratedRecord {}

    /**
     * A model of a row: its name as the 模型 cell writes it (or aliases), the id of the same model in the models
     * collection, and, where the row names several models, the words of the 参数 cell about this one (verbatim).
     */
    public record ModelCuration(String name, List<String> aliases, String model, String parametersRaw) {}

    public static final String TABLE = "sota-comparison";
    private static final List<String> HEADER = List.of("模型", "类型", "架构", "参数", "数据", "性能");

    /** Reads the SOTA comparison table (and its curation). */
    public static final SeedLoader LOADER = SeedLoader.tables(SotaSeedLoader::load, TABLE);

    private SotaSeedLoader() {}

    /** Loads the SOTA comparison; the organizations and models it links to are loaded before it. */
    public static void load(SeedReader reader, LoadedRecords records) {
        Map<String, String> regionOf =
                records.of(Organization.class).stream().collect(Collectors.toMap(o -> o.id, o -> o.region));
        Set<String> organizationIds = regionOf.keySet();
        Set<String> modelIds = records.of(Model.class).stream().map(m -> m.id).collect(Collectors.toSet());
        String file = SeedReader.curationFile(TABLE);
        String tableFile = SeedReader.tableFile(TABLE);
        Set<String> ids = new HashSet<>();
        for (CuratedRow<SotaCuration> cr :
                reader.curatedRows(TABLE, HEADER, new TypeReference<List<SotaCuration>>() {})) {
            TableRow row = cr.row();
            SotaCuration c = cr.curation();
            String modelRaw = row.cell("模型");
            int colon = modelRaw.indexOf('：');
            String modelPart = colon < 0 ? modelRaw : modelRaw.substring(colon + 1);
            SotaModel s = reader.named(new SotaModel(), TABLE, row.row(), c, modelPart, ids);
            s.modelRaw = modelRaw;
            s.organizations = c.organizations() == null ? List.of() : c.organizations();
            if (s.organizations.isEmpty()) {
                reader.problem(file, row.row(), "names no organization");
            }
            for (String org : s.organizations) {
                if (!organizationIds.contains(org)) {
                    reader.problem(file, row.row(), "organization '" + org + "' does not exist");
                }
            }
            s.regions = s.organizations.stream()
                    .map(regionOf::get)
                    .filter(r -> r != null)
                    .distinct()
                    .toList();
            List<ModelCuration> models = c.models() == null ? List.of() : c.models();
            for (ModelCuration m : models) {
                List<String> aliases = m.aliases() == null ? List.of() : m.aliases();
                if (Stream.concat(Stream.of(m.name()), aliases.stream())
                        .noneMatch(n -> n != null && modelPart.contains(n))) {
                    reader.problem(
                            file,
                            row.row(),
                            "model '" + m.name() + "' (or an alias) is not in the cell '" + s.modelRaw + "'");
                }
                if (m.model() != null && !modelIds.contains(m.model())) {
                    reader.problem(file, row.row(), "model link '" + m.model() + "' is not a model id");
                }
            }
            s.parametersRaw = row.cell("参数");
            s.models = models(reader, file, row.row(), models, s.parametersRaw);
            s.typeRaw = row.cell("类型");
            SotaType type = SotaType.fromRaw(s.typeRaw);
            if (type == null) {
                reader.problem(tableFile, row.row(), "type '" + s.typeRaw + "' has no code");
            }
            s.type = type == null ? null : type.name();
            s.architectureRaw = row.cell("架构");
            List<ParameterClaim> counted = s.models.stream()
                    .flatMap(m -> m.parameters().stream())
                    .filter(ParameterClaim::counted)
                    .toList();
            s.parametersMin = counted.stream()
                    .map(ParameterClaim::lowerBound)
                    .filter(v -> v != null)
                    .max(Long::compare)
                    .orElse(null);
            s.parametersMax = counted.stream()
                    .map(ParameterClaim::upperBound)
                    .filter(v -> v != null)
                    .min(Long::compare)
                    .orElse(null);
            s.dataRaw = row.cell("数据");
            s.performanceRaw = row.cell("性能");
            s.citations = Citations.extract(row.cells().values().toArray(String[]::new));
            s.aliases = s.models.stream()
                    .flatMap(m -> Stream.concat(Stream.of(m.name()), m.aliases().stream()))
                    .filter(n -> !n.equals(s.name))
                    .distinct()
                    .toList();
            s.searchText = SearchText.of(Stream.concat(Stream.of(s.name, s.nameEn, s.nameZh), s.aliases.stream()));
            records.add(s);
        }
    }

    /**
     * The row's models, each with the parameter counts the 参数 cell states for it: the whole cell when the row names
     * one model; otherwise each model's curated part of the cell, which must be verbatim in it, and which together
     * must hold every figure of the cell (no count is lost or given to the wrong model).
     */
    private static List<SotaModel.NamedModel> models(
            SeedReader reader, String file, int row, List<ModelCuration> models, String cell) {
        List<SotaModel.NamedModel> out = new ArrayList<>();
        int figures = 0;
        for (ModelCuration m : models) {
            String part = m.parametersRaw();
            if (models.size() == 1 && part == null) {
                part = cell;
            } else if (part == null) {
                part = "";
                if (!cell.isEmpty()) {
                    reader.problem(
                            file,
                            row,
                            "model '" + m.name() + "' needs its parametersRaw: the row names several models and "
                                    + "its 参数 cell is not empty");
                }
            } else if (!cell.contains(part)) {
                reader.problem(
                        file, row, "parametersRaw '" + part + "' of model '" + m.name() + "' is not in the 参数 cell");
            }
            List<ParameterClaim> claims = QuantityParser.parameters(part);
            figures += claims.size();
            out.add(new SotaModel.NamedModel(m.name(), m.aliases(), m.model(), part, claims));
        }
        int stated = QuantityParser.parameters(cell).size();
        if (figures != stated) {
            reader.problem(
                    file,
                    row,
                    "the models' parametersRaw hold " + figures + " parameter counts, the 参数 cell states " + stated);
        }
        return out;
    }
}
