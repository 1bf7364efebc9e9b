package vn.chiso766.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vn.chiso766.load.DataFolder;
import vn.chiso766.load.LoadException;
import vn.chiso766.model.Dataset;
import vn.chiso766.publish.Progress;
import vn.chiso766.publish.Publisher;
import vn.chiso766.render.Document;
import vn.chiso766.render.Publication;
import vn.chiso766.render.Timings;
import vn.chiso766.score.Results;
import vn.chiso766.score.Scorer;

/** The build's own steps, timed one by one: load → score → render and publish. */
final class Pipeline {
    private Pipeline() {
    }

    static Measurement build(Path data, Path out, int recent) throws IOException, LoadException {
        Heap.reset();
        Timings.reset();
        Cpu cpu = Cpu.now();
        long start = System.nanoTime();
        Dataset dataset = DataFolder.load(data);
        long loaded = System.nanoTime();
        int units = dataset.units().size();
        Results results = Scorer.score(dataset);
        dataset = null; // the raw rows are not needed while rendering
        long scored = System.nanoTime();
        List<Document> documents = Publication.documents(results, recent);
        Publisher.Outcome outcome = new Publisher(out).publish(documents, "", Progress.silent());
        long end = System.nanoTime();
        return new Measurement(end - start, loaded - start, scored - loaded, end - scored, Timings.snapshot(),
                units, outcome.documents(), outcome.rendered(), Heap.peak(),
                Heap.peakAfterCollection(), Cpu.now().since(cpu));
    }
}
