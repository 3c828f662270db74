package ai.landscape.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The schemas of the OpenAPI document that span collections, derived from the declared set: the record counts of
 * /meta ({@code Counts}) and the collections it lists ({@code Meta}), the export ({@code Export}), the code lists of
 * /vocabularies ({@code Vocabularies}, {@code Code}) and the codes of the searchable collections ({@code Collection}).
 * The Java types behind them are maps, whose keys the catalog gives.
 */
final class CatalogSchemas {

    private CatalogSchemas() {}

    /** Adds the derived schemas to {@code components}, and the listed collections to the schema of /meta. */
    static void complete(Components components, Catalog catalog) {
        of(catalog).forEach(components::addSchema);
        Schema meta = components.getSchemas().get("Meta");
        Map<String, Schema> properties = new LinkedHashMap<>(meta.getProperties());
        Schema links = properties.remove("links");
        catalog.collections().stream()
                .filter(CollectionDeclaration::listedInMeta)
                .forEach(c -> properties.put(c.name(), arrayOf(c.list().dto().getSimpleName())));
        properties.put("links", links);
        meta.setProperties(properties);
        required(meta);
    }

    private static Map<String, Schema> of(Catalog catalog) {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        schemas.put(
                "Code",
                required(object().addProperty("code", OASFactory.createSchema().addType(SchemaType.STRING))
                        .addProperty("label", ref("Label"))));
        Schema counts = object();
        catalog.collections()
                .forEach(c -> counts.addProperty(
                        c.name(),
                        OASFactory.createSchema().addType(SchemaType.INTEGER).format("int64")));
        schemas.put("Counts", required(counts));
        Schema export = object().addProperty(
                        "apiVersion", OASFactory.createSchema().addType(SchemaType.STRING))
                .addProperty("datasetVersion", OASFactory.createSchema().addType(SchemaType.STRING))
                .addProperty("loadedAt", ref("OffsetDateTime"))
                .addProperty("vocabularies", ref("Vocabularies"));
        catalog.collections()
                .forEach(
                        c -> export.addProperty(c.name(), arrayOf(c.list().dto().getSimpleName())));
        schemas.put("Export", required(export));
        Schema vocabularies = object();
        catalog.vocabularies().keySet().forEach(key -> vocabularies.addProperty(key, arrayOf("Code")));
        schemas.put("Vocabularies", required(vocabularies));
        schemas.put(
                Catalog.COLLECTION_SCHEMA,
                OASFactory.createSchema()
                        .enumeration(new ArrayList<>(catalog.searchable().stream()
                                .map(CollectionDeclaration::code)
                                .toList()))
                        .addType(SchemaType.STRING));
        return schemas;
    }

    private static Schema object() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT);
    }

    private static Schema required(Schema object) {
        return object.required(List.copyOf(object.getProperties().keySet()));
    }

    private static Schema ref(String schema) {
        return OASFactory.createSchema().ref("#/components/schemas/" + schema);
    }

    private static Schema arrayOf(String schema) {
        return OASFactory.createSchema().addType(SchemaType.ARRAY).items(ref(schema));
    }
}
