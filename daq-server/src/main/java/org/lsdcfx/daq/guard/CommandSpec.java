package org.lsdcfx.daq.guard;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.lsdcfx.daq.control.RunState;

/**
 * Everything the guard knows about one command: its typed parameters, how it runs, who may send it and in which
 * run states. Immutable; build with {@link #builder(String)}.
 *
 * @param name          LSDC function name
 * @param summary       one line for the command reference and {@code message_string}
 * @param params        parameters in positional order
 * @param execution     where it runs
 * @param access        who may send it
 * @param allowedStates run states in which it is admitted
 * @param checks        extra admission checks, in order
 */
public record CommandSpec(String name, String summary, List<Param> params, Execution execution, Access access,
                          Set<RunState> allowedStates, List<AdmissionCheck> checks) {
    public CommandSpec {
        Objects.requireNonNull(name, "name");
        params = List.copyOf(params);
        allowedStates = Set.copyOf(allowedStates);
        checks = List.copyOf(checks);
        long distinct = params.stream().map(Param::name).distinct().count();
        if (distinct != params.size()) {
            throw new IllegalArgumentException(name + ": duplicate parameter names");
        }
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The parameter with this name, or null. */
    public Param param(String paramName) {
        for (Param p : params) {
            if (p.name().equals(paramName)) {
                return p;
            }
        }
        return null;
    }

    /** Builds a {@link CommandSpec}; defaults: serial, master access, allowed when not collecting. */
    public static final class Builder {
        private final String name;
        private String summary = "";
        private final List<Param> params = new ArrayList<>();
        private Execution execution = Execution.SERIAL;
        private Access access = Access.MASTER;
        private Set<RunState> allowed = EnumSet.copyOf(RunState.NOT_COLLECTING);
        private final List<AdmissionCheck> checks = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder summary(String text) {
            this.summary = text;
            return this;
        }

        public Builder param(Param p) {
            params.add(p);
            return this;
        }

        public Builder execution(Execution e) {
            this.execution = e;
            return this;
        }

        public Builder access(Access a) {
            this.access = a;
            return this;
        }

        public Builder allowedIn(Set<RunState> states) {
            this.allowed = EnumSet.copyOf(states);
            return this;
        }

        public Builder check(AdmissionCheck c) {
            checks.add(c);
            return this;
        }

        public CommandSpec build() {
            return new CommandSpec(name, summary, params, execution, access, allowed, checks);
        }
    }
}
