package org.lsdcfx.daq.control;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Derives LSDC's {@code program_state}: "Program Busy" while serial commands run or wait, "Setting Energy"
 * while an energy change runs, else "Program Ready". Thread-safe: state guarded by {@code this}; listeners run on
 * the changing thread while the lock is held (they must be quick).
 */
public final class ProgramStatus {
    private final List<Consumer<ProgramState>> listeners = new CopyOnWriteArrayList<>();
    private boolean busy;           // guarded by this
    private boolean settingEnergy;  // guarded by this
    private ProgramState published; // guarded by this

    public synchronized void addListener(Consumer<ProgramState> l) {
        listeners.add(l);
        l.accept(current());
    }

    public synchronized ProgramState current() {
        return settingEnergy ? ProgramState.SETTING_ENERGY : busy ? ProgramState.BUSY : ProgramState.READY;
    }

    public synchronized void setBusy(boolean busy) {
        this.busy = busy;
        fire();
    }

    public synchronized void setSettingEnergy(boolean settingEnergy) {
        this.settingEnergy = settingEnergy;
        fire();
    }

    private void fire() {
        ProgramState now = current();
        if (now != published) {
            published = now;
            for (Consumer<ProgramState> l : listeners) {
                l.accept(now);
            }
        }
    }
}
