package org.lsdcfx.daq.routine.collect;

import java.util.Objects;

import org.lsdcfx.daq.routine.center.AutoCentrings;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.lsdcfx.daq.dataset.DatasetService;
import org.lsdcfx.daq.dataset.DatasetSettings;
import org.lsdcfx.daq.processing.AutoProcessing;
import org.lsdcfx.daq.routine.collect.strategy.CharacterizationSettings;
import org.lsdcfx.daq.routine.collect.strategy.HeuristicStrategy;
import org.lsdcfx.daq.routine.collect.strategy.StrategyProgram;

/**
 * What the collection protocols need beyond the server's {@link org.lsdcfx.daq.routine.RoutineServices}: the dataset
 * service (layout, NXmx), the auto-processing hook, the collection settings, the strategy program for
 * characterisation, and a small executor for device steps that run in parallel (the governor while the detector arms).
 * Build with {@link #builder()}; close it after the daq server (it closes the processing hook and the executor).
 *
 * <p>Thread-safe: immutable apart from the executor and the processing hook, which are thread-safe.
 */
public final class CollectionServices implements AutoCloseable {
    private final DatasetService datasets;
    private final AutoProcessing processing;
    private final CollectionSettings settings;
    private final StrategyProgram strategy;
    private final CharacterizationSettings characterization;
    private final ExecutorService parallel;
    private final AutoCentrings centrings;

    private CollectionServices(Builder b) {
        this.centrings = b.centrings;
        this.datasets = new DatasetService(b.datasets);
        this.processing = b.processing;
        this.settings = b.settings;
        this.characterization = b.characterization;
        this.strategy = b.strategy != null ? b.strategy : new HeuristicStrategy(b.characterization);
        AtomicInteger ids = new AtomicInteger();
        this.parallel = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "collect-parallel-" + ids.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public static Builder builder() {
        return new Builder();
    }

    public DatasetService datasets() {
        return datasets;
    }

    public AutoProcessing processing() {
        return processing;
    }

    public CollectionSettings settings() {
        return settings;
    }

    public StrategyProgram strategy() {
        return strategy;
    }

    public CharacterizationSettings characterization() {
        return characterization;
    }

    /** Automatic centring methods for {@code centeringOption} AutoLoop/AutoRaster (filled as they are registered). */
    public AutoCentrings centrings() {
        return centrings;
    }

    ExecutorService parallel() {
        return parallel;
    }

    @Override
    public void close() {
        parallel.shutdownNow();
        try {
            parallel.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        processing.close();
    }

    /** Defaults: {@link DatasetSettings#defaults()}, no processing, {@link CollectionSettings#defaults()}, heuristic strategy. */
    public static final class Builder {
        private DatasetSettings datasets;
        private AutoProcessing processing = AutoProcessing.disabled();
        private CollectionSettings settings = CollectionSettings.defaults();
        private CharacterizationSettings characterization = CharacterizationSettings.defaults();
        private StrategyProgram strategy;
        private AutoCentrings centrings = new AutoCentrings();

        private Builder() {
        }

        public Builder datasets(DatasetSettings s) {
            datasets = Objects.requireNonNull(s);
            return this;
        }

        /** The auto-processing hook; the services close it. */
        public Builder processing(AutoProcessing p) {
            processing = Objects.requireNonNull(p);
            return this;
        }

        public Builder settings(CollectionSettings s) {
            settings = Objects.requireNonNull(s);
            return this;
        }

        public Builder characterization(CharacterizationSettings s) {
            characterization = Objects.requireNonNull(s);
            return this;
        }

        /** Another strategy program (EDNA, ...); default: {@link HeuristicStrategy} with the characterisation settings. */
        public Builder strategy(StrategyProgram p) {
            strategy = Objects.requireNonNull(p);
            return this;
        }

        /** Where AutoLoop/AutoRaster centring is looked up; default: an empty set, filled later by registration. */
        public Builder centrings(AutoCentrings c) {
            centrings = Objects.requireNonNull(c);
            return this;
        }

        public CollectionServices build() {
            if (datasets == null) {
                datasets = DatasetSettings.defaults();
            }
            return new CollectionServices(this);
        }
    }
}
