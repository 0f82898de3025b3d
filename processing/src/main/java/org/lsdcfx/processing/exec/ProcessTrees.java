package org.lsdcfx.processing.exec;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Ending a process together with everything it started (a script's children would otherwise live on). */
final class ProcessTrees {
    private ProcessTrees() {
    }

    /**
     * Asks the process and its descendants to terminate (SIGTERM), waits up to {@code grace}, then kills what is left
     * (SIGKILL). The descendants are listed first: once the parent is gone its children are re-parented and lost.
     */
    static void terminate(ProcessHandle process, Duration grace) {
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroy();
        tree.forEach(ProcessHandle::destroy);
        awaitExit(process, grace);
        for (ProcessHandle p : tree) {
            awaitExit(p, Duration.ofMillis(100));
        }
        List<ProcessHandle> late = process.descendants().toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        late.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        awaitExit(process, Duration.ofSeconds(5));
    }

    private static void awaitExit(ProcessHandle p, Duration timeout) {
        CompletableFuture<ProcessHandle> exit = p.onExit();
        try {
            exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // still running: the caller escalates
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
