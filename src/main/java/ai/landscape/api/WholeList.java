package ai.landscape.api;

import ai.landscape.common.UncheckedIo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Function;

/**
 * Every match of a list as CSV (UTF-8, a header row, one row per record; see {@link CsvRows}) or NDJSON (one JSON
 * record per line), streamed from the database cursor: the list is never held in memory.
 */
final class WholeList<E, D> implements Streamed {

    private static final CsvMapper CSV = new CsvMapper();

    private final ListEngine engine;
    private final CsvRows csv;
    private final ObjectMapper json;
    private final Selection<E> selection;
    private final Function<E, D> mapper;
    private final Representation representation;

    WholeList(
            ListEngine engine,
            CsvRows csv,
            ObjectMapper json,
            Selection<E> selection,
            Function<E, D> mapper,
            Representation representation) {
        this.engine = engine;
        this.csv = csv;
        this.json = json;
        this.selection = selection;
        this.mapper = mapper;
        this.representation = representation;
    }

    @Override
    public Representation representation() {
        return representation;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        if (representation == Representation.CSV) {
            CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
            for (String column : csv.header(selection.spec().dto())) {
                schema.addColumn(column);
            }
            try (SequenceWriter writer =
                    CSV.writerFor(String[].class).with(schema.build()).writeValues(out)) {
                engine.stream(selection, mapper, dto -> UncheckedIo.run(() -> writer.write(csv.row(dto))));
            }
        } else {
            OutputStream line = new NonClosing(out);
            engine.stream(
                    selection,
                    mapper,
                    dto -> UncheckedIo.run(() -> {
                        json.writeValue(line, dto);
                        out.write('\n');
                    }));
        }
    }

    /** An output stream that a JSON write leaves open for the next record. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
