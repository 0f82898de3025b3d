package org.lsdcfx.daq.test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import org.lsdcfx.daq.guard.CommandSpec;
import org.lsdcfx.daq.guard.Param;

/**
 * Generates malformed or hostile command texts, none of which may be admitted: random bytes, huge strings, deep
 * JSON, wrong types and arity for every real command, unknown and dangerous-looking functions, NaN/Infinity and
 * out-of-range numbers, path tricks, structural tricks. Deterministic for a seed.
 */
public final class HostileInputs {
    private static final String[] DANGEROUS = {"exec", "eval", "__import__", "os.system", "system", "getattr", "open",
            "daq_lib.runDCQueue", "runDCQueue()", "Runtime.exec", "mountSample; rm -rf /", "", " ", "\u0000"};
    private static final String[] PATHS = {"../../etc/passwd", "/etc/shadow", "..\\..\\windows", "%2e%2e%2fetc",
            "file:///etc/passwd", "a/../../b", "~root/.ssh", "\u0000", "omega\n", "$(reboot)", "`id`", "x;ls"};
    private static final String[] BAD_NUMBERS = {"NaN", "Infinity", "-Infinity", "1e999", "-1e999", "1e-999999",
            "123456789012345678901234567890123456789012345678901234567890123456789012345", "0x10", "+1", ".5", "1.",
            "01", "--1", "1e", "\"NaN\""};
    private static final String[] STRUCTURE = {"{\"function\":\"runDCQueue\",\"function\":\"lockGUI\"}",
            "{\"function\":\"runDCQueue\",\"args\":[],\"kwargs\":{},\"id\":\"x\",\"exec\":\"id\"}",
            "{\"function\":\"runDCQueue\"} {\"function\":\"lockGUI\"}", "{'function':'runDCQueue'}",
            "{\"function\":\"runDCQueue\" /* c */}", "\uFEFF{\"function\":\"runDCQueue\",\"args\":[1]}",
            "{\"function\":\"runDCQueue\",\"id\":\"a b\"}", "{\"function\":\"runDCQueue\",\"id\":{}}",
            "{\"function\":[\"runDCQueue\"]}", "{\"function\":null}", "null", "[]", "42", "\"runDCQueue\"", "true",
            "{\"function\":\"runDCQueue\",\"args\":null,\"kwargs\":[]}", "{\"function\":\"run\\u0044CQueue\",\"args\":[1]}"};

    private final Random random;
    private final List<CommandSpec> specs;

    public HostileInputs(long seed, Collection<CommandSpec> specs) {
        this.random = new Random(seed);
        this.specs = List.copyOf(specs);
    }

    public List<String> generate(int count) {
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(switch (i % 10) {
                case 0 -> randomBytes();
                case 1 -> huge();
                case 2 -> deep();
                case 3, 4 -> wrongTypes();
                case 5 -> unknownFunction();
                case 6 -> badNumber();
                case 7 -> pathTrick();
                case 8 -> STRUCTURE[random.nextInt(STRUCTURE.length)];
                default -> wrongArity();
            });
        }
        return out;
    }

    private String randomBytes() {
        byte[] b = new byte[random.nextInt(300)];
        random.nextBytes(b);
        return new String(b, random.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }

    private String huge() {
        int n = 16_385 + random.nextInt(40_000);
        return random.nextBoolean() ? "x".repeat(n)
                : "{\"function\":\"mountSample\",\"args\":[\"" + "a".repeat(n) + "\"]}";
    }

    private String deep() {
        int depth = 9 + random.nextInt(random.nextBoolean() ? 20 : 3000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        return "{\"function\":\"setTrans\",\"args\":[" + open.repeat(depth) + "1" + close.repeat(depth) + "]}";
    }

    private String wrongTypes() {
        CommandSpec spec = specWithParams();
        StringBuilder args = new StringBuilder();
        for (int i = 0; i < spec.params().size(); i++) {
            args.append(i == 0 ? "" : ",").append(wrongValue(spec.params().get(i)));
        }
        return "{\"function\":\"" + spec.name() + "\",\"args\":[" + args + "]}";
    }

    private String wrongValue(Param p) {
        String[] anyWrong = {"{}", "[]", "null", "[1,2]", "{\"$gt\":\"\"}"};
        return switch (p.type()) {
            case NUMBER, INTEGER -> random.nextBoolean() ? "\"" + random.nextInt() + "\"" : anyWrong[random.nextInt(anyWrong.length)].replace("null", "true");
            case BOOLEAN -> random.nextBoolean() ? "\"true\"" : "7";
            case STRING -> random.nextBoolean() ? Integer.toString(random.nextInt()) : anyWrong[random.nextInt(anyWrong.length)].replace("null", "false");
        };
    }

    private String wrongArity() {
        CommandSpec spec = specs.get(random.nextInt(specs.size()));
        StringBuilder args = new StringBuilder();
        int n = spec.params().size() + 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            args.append(i == 0 ? "" : ",").append(random.nextInt(10));
        }
        return random.nextBoolean() ? "{\"function\":\"" + spec.name() + "\",\"args\":[" + args + "]}"
                : "{\"function\":\"" + spec.name() + "\",\"kwargs\":{\"nosuch_" + random.nextInt(100) + "\":1}}";
    }

    private String unknownFunction() {
        String f = random.nextBoolean() ? DANGEROUS[random.nextInt(DANGEROUS.length)] : "f" + Long.toHexString(random.nextLong());
        return "{\"function\":\"" + f.replace("\"", "\\\"").replace("\u0000", "\\u0000") + "\",\"args\":[\"id\"]}";
    }

    private String badNumber() {
        String fn = new String[] {"setTrans", "set_energy", "move_omega", "stopDCQueue"}[random.nextInt(4)];
        String n = BAD_NUMBERS[random.nextInt(BAD_NUMBERS.length)];
        return "{\"function\":\"" + fn + "\",\"args\":[" + n + "]}";
    }

    private String pathTrick() {
        String path = PATHS[random.nextInt(PATHS.length)].replace("\\", "\\\\").replace("\n", "\\n").replace("\u0000", "\\u0000");
        return switch (random.nextInt(3)) {
            case 0 -> "{\"function\":\"mountSample\",\"args\":[\"" + path + "\"]}";
            case 1 -> "{\"function\":\"mvaDescriptor\",\"args\":[\"" + path + "\", 1]}";
            default -> "{\"function\":\"" + path + "\"}";
        };
    }

    private CommandSpec specWithParams() {
        List<CommandSpec> withParams = specs.stream().filter(s -> !s.params().isEmpty()).toList();
        return withParams.get(random.nextInt(withParams.size()));
    }
}
