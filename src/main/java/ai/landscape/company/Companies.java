package ai.landscape.company;

import ai.landscape.api.CollectionDeclaration;
import ai.landscape.api.CollectionDeclaration.SearchNames;
import ai.landscape.api.Declaration;
import ai.landscape.api.Facet;
import ai.landscape.api.Filter;
import ai.landscape.api.ListSpec;
import ai.landscape.source.Source;
import ai.landscape.vocabulary.Label;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The companies and products the essays name that are not organizations of the player tables. */
@Singleton
public class Companies implements Declaration {

    public static final ListSpec<Company, CompanyDto> LIST = ListSpec.of(
                    "companies", "company", Company.class, CompanyDto.class, CompanyDto::from)
            .filter(Filter.idIn("source", "sources", "Id of a seed document that names it"))
            .filter(Filter.code("role", "role", CompanyRole.class, "The context the essays name it in"))
            .filter(Filter.code("kind", "kind", CompanyKind.class, "Company or product"))
            .filter(Filter.id(
                    "maker", "maker", "Id of the organization or company that makes it, where a quote says \"X 的 Y\""))
            .searchable()
            .sort("role", "role")
            .sort("kind", "kind")
            .facet(Facet.code("role", "role", CompanyRole.class))
            .facet(Facet.code("kind", "kind", CompanyKind.class))
            .facet(Facet.linked("source", "unnest(sources)", Companies::sourceLabels))
            .build();

    public static final CollectionDeclaration<Company, CompanyDto> COLLECTION = CollectionDeclaration.of(LIST)
            .label("公司与产品", "Companies and products")
            .noun("company")
            .position(24)
            .vocabularies(CompanyRole.class, CompanyKind.class)
            .loader(CompanySeedLoader.LOADER)
            .links("sources")
            .linksTo("organizations", c -> makers(c, "organizations"))
            .linksTo("companies", c -> makers(c, "companies"))
            .searchable(c -> new SearchNames(c.id, c.name, c.nameEn, null, c.aliases, c.searchText))
            .build();

    /** The titles of seed documents by id (labels of the source facet). */
    static Map<String, Label> sourceLabels(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Source.<Source>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(s -> s.id, s -> new Label(s.title, s.titleEn)));
    }

    @Override
    public List<CollectionDeclaration<?, ?>> collections() {
        return List.of(COLLECTION);
    }

    /** The maker of a company or product, when it is of the given collection. */
    private static List<String> makers(Company c, String collection) {
        return collection.equals(c.makerCollection) ? List.of(c.maker) : List.of();
    }
}
