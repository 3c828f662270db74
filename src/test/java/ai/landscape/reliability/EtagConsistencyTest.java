package ai.landscape.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.landscape.seed.DatasetLoader;
import ai.landscape.seed.SeedFiles;
import ai.landscape.seed.SeedSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One snapshot per response, ETags included. The dataset alternates between A (the seed-data) and B (every 文生图
 * application turned into 图生图) for hundreds of reloads while readers make unconditional and conditional requests of a
 * JSON list, a CSV list (streamed) and a record. Checked:
 *
 * <ul>
 *   <li>every 200 carries an ETag, and an ETag never names bodies of both datasets: it identifies its body's dataset;
 *   <li>between loads, a 200 body is of the dataset loaded last (nothing of the other one is served after a switch);
 *   <li>between loads, a revalidation with the ETag of the other dataset's body is never a 304.
 * </ul>
 *
 * "Between loads" is known exactly: the loader counts an epoch up before and after each load, so a request that began
 * and ended in the same even epoch ran while dataset {@code epoch / 2 % 2} (A, B, A, ...) was the one loaded.
 */
@QuarkusTest
class EtagConsistencyTest {

    private static final int LOADS = 200;
    private static final long STABLE_MILLIS = 40;

    @Inject
    DatasetLoader loader;

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void restore() {
        loader.load(SeedSource.classpath(), false);
    }

    /** A request and how to tell A's body from B's (null: neither, a mixed or broken body). */
    record Probe(String path, String accept, Function<String, String> dataset) {}

    private static String byCount(String body, String marker, int a, int b) {
        int n = body.split(marker, -1).length - 1;
        return n == a ? "A" : n == b ? "B" : null;
    }

    private static final List<Probe> PROBES = List.of(
            new Probe(
                    "/api/v1/applications?category=TEXT_TO_IMAGE&facet=category",
                    "application/json",
                    body -> byCount(body, "\"TEXT_TO_IMAGE\"", 22, 0)), // 21 items and their facet
            new Probe(
                    "/api/v1/applications?format=csv&category=IMAGE_TO_IMAGE",
                    "*/*",
                    body -> byCount(body, "\n", 5, 26)), // a header and 4 or 25 rows
            new Probe(
                    "/api/v1/applications/wenxin-yige",
                    "application/json",
                    body -> body.contains("\"TEXT_TO_IMAGE\"")
                            ? "A"
                            : body.contains("\"IMAGE_TO_IMAGE\"") ? "B" : null));

    @Test
    void everyEtagNamesItsBodysDatasetAndNo304IsGivenForTheOtherOne() throws Exception {
        Path b = SeedFiles.copy();
        assertEquals(21, SeedFiles.replaceAll(b, "tables/applications.csv", ",文生图,", ",图生图,"));
        AtomicLong epoch = new AtomicLong();
        AtomicBoolean done = new AtomicBoolean();
        Map<String, String> datasetOfEtag = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger staleRevalidations = new AtomicInteger();
        AtomicInteger stableReads = new AtomicInteger();
        AtomicInteger notModified = new AtomicInteger();
        List<Thread> readers = new ArrayList<>();
        for (Probe probe : PROBES) {
            Thread reader = new Thread(() -> {
                // what this reader got in the last window between loads: revalidated in the next window
                long heldEpoch = -1;
                String heldEtag = null;
                String heldDataset = null;
                while (!done.get()) {
                    try {
                        long before = epoch.get();
                        HttpResponse<String> r = send(probe, null);
                        long after = epoch.get();
                        reads.incrementAndGet();
                        String etag = r.headers().firstValue("ETag").orElse(null);
                        String dataset = probe.dataset().apply(r.body());
                        if (r.statusCode() != 200 || etag == null || dataset == null) {
                            violations.add(
                                    probe.path() + ": " + r.statusCode() + " ETag " + etag + " dataset " + dataset);
                            continue;
                        }
                        String earlier = datasetOfEtag.putIfAbsent(etag, dataset);
                        if (earlier != null && !earlier.equals(dataset)) {
                            violations.add(probe.path() + ": ETag " + etag + " named a body of " + earlier + " and of "
                                    + dataset);
                        }
                        boolean stable = before == after && before % 2 == 0;
                        stableReads.addAndGet(stable ? 1 : 0);
                        if (stable && !dataset.equals(loaded(before))) {
                            violations.add(probe.path() + ": a body of " + dataset + " while " + loaded(before)
                                    + " was loaded");
                        }
                        if (heldEtag != null && stable && before > heldEpoch) {
                            HttpResponse<String> again = send(probe, heldEtag);
                            boolean stillStable = epoch.get() == before;
                            if (stillStable && !heldDataset.equals(loaded(before))) {
                                staleRevalidations.incrementAndGet();
                                if (again.statusCode() == 304) {
                                    violations.add(probe.path() + ": 304 for a body of " + heldDataset + " while "
                                            + loaded(before) + " was loaded");
                                }
                            }
                        }
                        HttpResponse<String> current = send(probe, etag);
                        notModified.addAndGet(current.statusCode() == 304 ? 1 : 0);
                        if (stable) {
                            heldEpoch = before;
                            heldEtag = etag;
                            heldDataset = dataset;
                        }
                    } catch (Exception e) {
                        violations.add(probe.path() + ": " + e);
                    }
                }
            });
            reader.start();
            readers.add(reader);
        }
        for (int i = 0; i < LOADS; i++) {
            epoch.incrementAndGet();
            assertTrue(loader.load(i % 2 == 0 ? SeedSource.directory(b) : SeedSource.classpath(), false)
                    .loaded());
            epoch.incrementAndGet();
            Thread.sleep(STABLE_MILLIS); // a window between loads, where what is served is known exactly
        }
        done.set(true);
        for (Thread reader : readers) {
            reader.join();
        }
        System.out.printf(
                "%d loads, %d reads (%d between loads), %d ETags, %d revalidations of the other dataset's body, %d of the"
                        + " current one answered 304%n",
                LOADS,
                reads.get(),
                stableReads.get(),
                datasetOfEtag.size(),
                staleRevalidations.get(),
                notModified.get());
        assertEquals(List.of(), List.copyOf(violations));
        assertTrue(reads.get() > LOADS, "readers ran during the reloads: " + reads.get());
        assertTrue(
                staleRevalidations.get() > 20, "revalidations after a switch were tried: " + staleRevalidations.get());
        assertTrue(notModified.get() > 20, "revalidations of the current body were answered 304: " + notModified.get());
    }

    /** The dataset loaded in an even epoch: A at first, then B, A, ... */
    private static String loaded(long epoch) {
        return epoch / 2 % 2 == 0 ? "A" : "B";
    }

    private HttpResponse<String> send(Probe probe, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(base.resolve(probe.path())).header("Accept", probe.accept());
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
