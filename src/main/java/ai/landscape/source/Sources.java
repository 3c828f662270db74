package ai.landscape.source;

import ai.landscape.api.CollectionDeclaration;
import ai.landscape.api.CollectionDeclaration.SearchNames;
import ai.landscape.api.Declaration;
import ai.landscape.api.Filter;
import ai.landscape.api.ListSpec;
import ai.landscape.vocabulary.NameOrigin;
import jakarta.inject.Singleton;
import java.util.List;

/** The seed documents every record comes from; /meta lists them all. */
@Singleton
public class Sources implements Declaration {

    public static final ListSpec<Source, SourceDto> LIST = ListSpec.of(
                    "sources", "source", Source.class, SourceDto.class, SourceDto::from)
            .unnamed()
            .filter(Filter.id("work", "work", "Id of the original work: translations of one article share it"))
            .searchable()
            .sort("title", "title")
            .sort("date", "published")
            .build();

    public static final CollectionDeclaration<Source, SourceDto> COLLECTION = CollectionDeclaration.of(LIST)
            .label("来源", "Sources")
            .noun("source")
            .position(60)
            .vocabularies(NameOrigin.class)
            .loader(SourceSeedLoader.LOADER)
            .searchable(s -> new SearchNames(s.id, s.title, s.titleEn, null, List.of(), s.searchText))
            .listedInMeta()
            .build();

    @Override
    public List<CollectionDeclaration<?, ?>> collections() {
        return List.of(COLLECTION);
    }
}
