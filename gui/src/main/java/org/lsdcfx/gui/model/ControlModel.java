package org.lsdcfx.gui.model;

import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.lsdcfx.daq.command.CommandReply;

/**
 * Control master or observer. The daq server enforces who may command (LSDC's {@code zinger_flag}, held per
 * client connection); this model mirrors it so the GUI can enable its command buttons and show who holds
 * control. This GUI is master after the server accepted its {@code takeControl} and until the flag names
 * someone else. With nobody holding control anyone may command; under a staff lock only staff may.
 *
 * <p>Threading: FX thread only (server answers are brought back with the {@code fx} executor).
 */
public final class ControlModel {
    private final ServerCommands commands;
    private final Executor fx;
    private final boolean staff;
    private final StringProperty holder = new SimpleStringProperty("");
    private final BooleanProperty locked = new SimpleBooleanProperty(false);
    private final BooleanProperty master = new SimpleBooleanProperty(false);
    private final BooleanProperty pending = new SimpleBooleanProperty(false);
    private final BooleanBinding canCommand;
    private String myIdentity; // user@host the server saw on our last accepted control command
    private boolean claimed;   // our takeControl was accepted and not released or lost since

    public ControlModel(CommStatus status, ServerCommands commands, boolean staff, Executor fx) {
        this.commands = commands;
        this.staff = staff;
        this.fx = fx;
        status.zingerFlagProperty().addListener((o, was, flag) -> flagChanged(flag));
        flagChanged(status.zingerFlagProperty().get());
        canCommand = Bindings.createBooleanBinding(
                () -> locked.get() ? staff : holder.get().isEmpty() || master.get(), holder, locked, master);
    }

    private void flagChanged(String flag) {
        String f = flag == null ? "" : flag;
        locked.set(f.startsWith("-"));
        holder.set(f.startsWith("-") ? f.substring(1) : f);
        if (claimed && myIdentity != null && !holder.get().equals(myIdentity)) {
            claimed = false; // released elsewhere, taken over by staff, or our connection was dropped
        }
        updateMaster();
    }

    private void updateMaster() {
        master.set(claimed && myIdentity != null && holder.get().equals(myIdentity));
    }

    /** Asks the server for control. */
    public void takeControl() {
        pending.set(true);
        commands.takeControl().decision().whenComplete((reply, failure) -> fx.execute(() -> {
            pending.set(false);
            if (reply != null && reply.phase() == CommandReply.Phase.ACCEPTED) {
                myIdentity = reply.caller();
                claimed = true;
            }
            updateMaster();
        }));
    }

    /** Gives control back. */
    public void releaseControl() {
        pending.set(true);
        commands.releaseControl().decision().whenComplete((reply, failure) -> fx.execute(() -> {
            pending.set(false);
            if (reply != null && reply.phase() == CommandReply.Phase.ACCEPTED) {
                claimed = false;
            }
            updateMaster();
        }));
    }

    /** True while this GUI holds control. */
    public ReadOnlyBooleanProperty masterProperty() {
        return master;
    }

    /** {@code user@host} of the control master or of the staff member who locked the beamline; "" if free. */
    public ReadOnlyStringProperty holderProperty() {
        return holder;
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked;
    }

    /** True while a take/release is waiting for the server's answer. */
    public ReadOnlyBooleanProperty pendingProperty() {
        return pending;
    }

    /** True when the server would accept commands from this GUI (what the command buttons follow). */
    public BooleanBinding canCommandBinding() {
        return canCommand;
    }

    public boolean isStaff() {
        return staff;
    }

    /** One line for the status strip. */
    public String describe() {
        if (locked.get()) {
            return "Locked by staff " + holder.get() + (staff ? " (you are staff)" : "");
        }
        if (master.get()) {
            return "you have control";
        }
        return holder.get().isEmpty() ? "Nobody has control" : "Observer: control held by " + holder.get();
    }
}
