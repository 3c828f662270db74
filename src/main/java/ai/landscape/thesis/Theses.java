package ai.landscape.thesis;

import ai.landscape.api.CollectionDeclaration;
import ai.landscape.api.CollectionDeclaration.SearchNames;
import ai.landscape.api.Declaration;
import ai.landscape.api.Facet;
import ai.landscape.api.Filter;
import ai.landscape.api.ListSpec;
import ai.landscape.organization.Organization;
import ai.landscape.source.Source;
import jakarta.inject.Singleton;
import java.util.List;

/** The theses: the predictions the essays revisit (Act Two's two lists, Act o1's "one model"), with their verdicts. */
@Singleton
public class Theses implements Declaration {

    public static final ListSpec<Thesis, ThesisDto> LIST = ListSpec.of(
                    "theses", "thesis", Thesis.class, ThesisDto.class, ThesisDto::from)
            .unnamed()
            .filter(Filter.idIn("source", "sources", "Id of the seed document the thesis comes from"))
            .filter(Filter.code(
                    "verdict", "verdict", Verdict.class, "RIGHT or WRONG, as the essay judges the prediction"))
            .filter(Filter.idIn("organization", "organizations", "Id of an organization the thesis names"))
            .filter(Filter.idIn("model", "models", "Id of a model the thesis names"))
            .filter(Filter.idIn("company", "companies", "Id of a company the thesis names"))
            .searchable()
            .sort("title", "title")
            .sort("source", "sources[1]")
            .sortNumber("ordinal", "ordinal")
            .sort("verdict", "verdict")
            .facet(Facet.code("verdict", "verdict", Verdict.class))
            .facet(Facet.linked("source", "unnest(sources)", Source::labels))
            .facet(Facet.linked("organization", "unnest(organizations)", Organization::labels))
            .build();

    public static final CollectionDeclaration<Thesis, ThesisDto> COLLECTION = CollectionDeclaration.of(LIST)
            .label("论断", "Theses")
            .noun("thesis")
            .position(93)
            .vocabularies(Verdict.class)
            .loader(ThesisSeedLoader.LOADER)
            .links("sources")
            .linksTo("organizations", t -> t.organizations)
            .linksTo("models", t -> t.models)
            .linksTo("companies", t -> t.companies)
            .searchable(t -> new SearchNames(t.id, t.title, t.titleEn, null, List.of(), t.searchText))
            .build();

    @Override
    public List<CollectionDeclaration<?, ?>> collections() {
        return List.of(COLLECTION);
    }
}
