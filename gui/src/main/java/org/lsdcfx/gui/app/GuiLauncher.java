package org.lsdcfx.gui.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * How the GUI is started. {@link #run(GuiContext)} is the entry point for {@code ./lsdc demo} and
 * {@code ./lsdc gui}: the caller has the store, the daq server and a PVA client running, and gets control back
 * when the user closes the window. {@link #main} starts the stand-alone {@link MainApp} (a plain class as main
 * class, so JavaFX on the class path works: STACK.md §1).
 */
public final class GuiLauncher {
    private GuiLauncher() {
    }

    /**
     * Shows the main window for an already-running store and daq server and blocks until the user closes it;
     * then stops the GUI's model layer (the context's store and PVA client stay open for the caller to close).
     * Starts the JavaFX toolkit if it is not running, with implicit exit off (the caller decides when the JVM
     * ends; {@link Platform#exit()} afterwards if nothing else uses JavaFX). Call from any thread but the FX thread.
     *
     * @throws IllegalStateException when called on the FX thread, or when the window cannot be built
     */
    public static void run(GuiContext context) throws InterruptedException {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("GuiLauncher.run blocks until the window closes: call it off the FX thread");
        }
        startToolkit();
        try (GuiServices services = GuiServices.open(context)) {
            CountDownLatch closed = new CountDownLatch(1);
            AtomicReference<RuntimeException> failure = new AtomicReference<>();
            Platform.runLater(() -> {
                try {
                    Stage stage = new Stage();
                    stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> closed.countDown());
                    show(services, stage);
                } catch (RuntimeException e) {
                    failure.set(e);
                    closed.countDown();
                }
            });
            services.start();
            closed.await();
            if (failure.get() != null) {
                throw new IllegalStateException("The main window could not be built: " + failure.get().getMessage(), failure.get());
            }
        }
    }

    /** Builds the main window for open services and shows it on {@code stage} (FX thread; tests and embedding). */
    public static MainWindow show(GuiServices services, Stage stage) {
        GuiContext c = services.context();
        MainWindow window = new MainWindow(services.model(), c.profile().name(), c.settings().width(), c.settings().height());
        window.show(stage);
        return window;
    }

    /** Starts the JavaFX toolkit once per JVM (no-op when it already runs). */
    static void startToolkit() throws InterruptedException {
        CountDownLatch up = new CountDownLatch(1);
        try {
            Platform.startup(up::countDown);
        } catch (IllegalStateException alreadyRunning) {
            up.countDown();
        }
        up.await();
        Platform.setImplicitExit(false);
    }

    /** Stand-alone GUI: {@code --mongo URI --beamline NAME [--comm-prefix P] [--master]} (see {@link MainApp}). */
    public static void main(String[] args) {
        Application.launch(MainApp.class, args);
    }
}
