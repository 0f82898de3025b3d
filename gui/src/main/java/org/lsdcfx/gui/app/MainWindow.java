package org.lsdcfx.gui.app;

import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.lsdcfx.gui.control.ControlController;
import org.lsdcfx.gui.dewar.DewarController;
import org.lsdcfx.gui.messages.MessagesController;
import org.lsdcfx.gui.model.GuiModel;
import org.lsdcfx.gui.raster.RasterController;
import org.lsdcfx.gui.request.RequestFormController;
import org.lsdcfx.gui.sample.SampleController;
import org.lsdcfx.gui.status.StatusStripController;

/**
 * The main window ("Collect"): command bar on top, dewar tree on the left, the request form in the middle (the
 * raster heat map on a tab beside it), the message log on the right, the status strip at the bottom. One controller per panel; they share only the model.
 * FX thread only.
 */
public final class MainWindow {
    static final String CSS = "/org/lsdcfx/gui/lsdc.css";

    private final GuiModel model;
    private final DewarController dewar;
    private final RequestFormController form;
    private final StatusStripController status;
    private final MessagesController messages;
    private final ControlController control;
    private final RasterController raster;
    private final SampleController sample;
    private final Scene scene;
    private final String title;

    public MainWindow(GuiModel model, String beamline, double width, double height) {
        this.model = model;
        this.dewar = new DewarController(model);
        this.form = new RequestFormController(model);
        this.status = new StatusStripController(model);
        this.messages = new MessagesController(model.messages());
        this.control = new ControlController(model);
        dewar.setOnUseParameters(form::load);

        this.raster = new RasterController(model);
        this.sample = new SampleController(model);
        SplitPane panels = new SplitPane(dewar.view(), middle(sample, form, raster), messages.view());
        panels.setDividerPositions(0.33, 0.78);
        BorderPane root = new BorderPane(panels);
        root.setTop(new VBox(menuBar(), control.view()));
        root.setBottom(status.view());
        root.setId("mainWindow");
        scene = new Scene(root, width, height);
        scene.getStylesheets().add(MainWindow.class.getResource(CSS).toExternalForm());
        title = "LSDC-FX on " + beamline + " — " + model.session().user() + (model.session().staff() ? " (staff)" : "");
    }

    /**
     * The request form and, on tabs beside it, the raster heat map and the sample camera. The camera comes last so
     * that the form stays the tab shown at start and the raster keeps its place (tests select tabs by index).
     */
    private static TabPane middle(SampleController sample, RequestFormController form, RasterController raster) {
        Tab camera = new Tab("Sample", sample.view());
        camera.setId("sampleTab");
        Tab parameters = new Tab("Collection Parameters", form.view());
        parameters.setId("parametersTab");
        Tab heatMap = new Tab("Raster", raster.view());
        heatMap.setId("rasterTab");
        TabPane tabs = new TabPane(parameters, heatMap, camera);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("middleTabs");
        return tabs;
    }

    private MenuBar menuBar() {
        MenuItem exit = new MenuItem("Exit");
        exit.setId("exitItem");
        exit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        exit.setOnAction(e -> {
            if (scene.getWindow() != null) {
                scene.getWindow().hide();
            }
        });
        MenuBar bar = new MenuBar(new Menu("File", null, exit));
        if (model.session().staff()) {
            MenuItem lock = new MenuItem("Lock Beamline (staff only)");
            lock.setId("lockItem");
            lock.setOnAction(e -> model.commands().lockBeamline());
            MenuItem unlock = new MenuItem("Unlock Beamline");
            unlock.setId("unlockItem");
            unlock.setOnAction(e -> model.commands().unlockBeamline());
            bar.getMenus().add(new Menu("Staff", null, lock, unlock));
        }
        bar.setId("menuBar");
        return bar;
    }

    /** Shows the window on {@code stage}. */
    public void show(Stage stage) {
        stage.setTitle(title);
        stage.setScene(scene);
        stage.setOnHidden(e -> close());
        stage.show();
    }

    public Scene scene() {
        return scene;
    }

    /** Stops the panels' timers (the model layer is closed by its owner). */
    public void close() {
        status.close();
    }

    public GuiModel model() {
        return model;
    }

    public DewarController dewar() {
        return dewar;
    }

    public RequestFormController form() {
        return form;
    }

    public MessagesController messages() {
        return messages;
    }

    public RasterController raster() {
        return raster;
    }

    public SampleController sample() {
        return sample;
    }
}
