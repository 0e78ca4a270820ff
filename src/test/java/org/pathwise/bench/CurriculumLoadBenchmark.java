package org.pathwise.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pathwise.catalog.CurriculumLoader;
import org.pathwise.catalog.CurriculumSource;
import org.pathwise.catalog.InvalidCurriculumException;
import org.pathwise.catalog.LoadedCurriculum;

/** Reading, checking and graphing a whole curriculum folder from disk. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class CurriculumLoadBenchmark {
    @Param({"10000"})
    int resources;

    private CurriculumSource source;

    @Setup
    public void writeCurriculum() throws IOException {
        Path dir = Files.createTempDirectory("pathwise-bench");
        source = CurriculumSource.folder(SyntheticCurriculum.write(dir, resources, 3, 42));
    }

    @Benchmark
    public LoadedCurriculum loadAndValidate() throws InvalidCurriculumException {
        return new CurriculumLoader().load(source);
    }
}
