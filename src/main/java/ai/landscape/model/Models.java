package ai.landscape.model;

import ai.landscape.api.CollectionDeclaration;
import ai.landscape.api.CollectionDeclaration.SearchNames;
import ai.landscape.api.Declaration;
import ai.landscape.api.Facet;
import ai.landscape.api.Filter;
import ai.landscape.api.ListSpec;
import ai.landscape.organization.Organization;
import ai.landscape.vocabulary.Capability;
import ai.landscape.vocabulary.NameOrigin;
import ai.landscape.vocabulary.Region;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The models named in the capability cells of the player tables, which the organizations' loader reads with their
 * organization's row, and the models only an essay names, which its own loader adds (with the essays' mentions).
 */
@Singleton
public class Models implements Declaration {

    public static final ListSpec<Model, ModelDto> LIST = ListSpec.of(
                    "models", "model", Model.class, ModelDto.class, ModelDto::from)
            .filter(Filter.id("organization", "organization_id", "Id of the organization"))
            .filter(Filter.code("region", "region", Region.class, "Region of the organization"))
            .filter(Filter.codeIn("capability", "capabilities", Capability.class, "Named in this capability column"))
            .filter(Filter.bool(
                    "openSource",
                    "open_source",
                    "What the cell says: 开源 (true) or 未开源 (false); models whose cell says neither never match"))
            .searchable()
            .sort("organization", "organization_id")
            .sort("region", "region")
            .facet(Facet.linked("organization", "organization_id", Organization::labels))
            .facet(Facet.code("region", "region", Region.class))
            .facet(Facet.codeIn("capability", "capabilities", Capability.class))
            .build();

    public static final CollectionDeclaration<Model, ModelDto> COLLECTION = CollectionDeclaration.of(LIST)
            .label("模型", "Models")
            .noun("model")
            .position(20)
            .vocabularies(Region.class, Capability.class, NameOrigin.class)
            .loader(ModelSeedLoader.LOADER)
            .links("sources")
            .linksTo("organizations", m -> List.of(m.organizationId))
            .searchable(m -> new SearchNames(m.id, m.name, m.nameEn, m.nameZh, m.aliases, m.searchText))
            .build();

    @Override
    public List<CollectionDeclaration<?, ?>> collections() {
        return List.of(COLLECTION);
    }
}
