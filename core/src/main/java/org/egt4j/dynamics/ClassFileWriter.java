package org.egt4j.dynamics;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes the class file of a generated {@link Kernel} (JVM specification, chapter 4, version 61 =
 * Java 17): a public final class implementing the kernel interface with a no-argument constructor and
 * the two methods {@code derivative([D[D)V} and {@code evaluate([D[D[D)V}, whose bodies come from
 * {@link KernelCompiler}. The bodies have no branches, so no StackMapTable is needed. After the double
 * constants the pool holds method references to {@code Math.exp(D)D} ({@link #expRef}) and {@code
 * Math.max(DD)D} ({@link #maxRef}) for the operations beyond + − ×, and to the unit step {@code
 * KernelCompiler.step(D)D} ({@link #stepRef}) and the test {@code KernelCompiler.either(DD)D} ({@link
 * #eitherRef}).
 */
final class ClassFileWriter {

    /** Constant-pool index of the first double constant; the k-th is at {@code FIRST_CONSTANT + 2k}. */
    static final int FIRST_CONSTANT = 16;

    private ClassFileWriter() {}

    static byte[] kernelClass(
            String name,
            String iface,
            byte[] derivativeCode,
            int derivativeLocals,
            byte[] evaluateCode,
            int evaluateLocals,
            List<Double> constants) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(0xCAFEBABE);
            out.writeShort(0); // minor
            out.writeShort(61); // major: Java 17
            int base = FIRST_CONSTANT + 2 * constants.size();
            out.writeShort(base + 20); // constant_pool_count
            utf8(out, name); // 1
            classRef(out, 1); // 2
            utf8(out, "java/lang/Object"); // 3
            classRef(out, 3); // 4
            utf8(out, iface); // 5
            classRef(out, 5); // 6
            utf8(out, "<init>"); // 7
            utf8(out, "()V"); // 8
            out.writeByte(12); // 9: NameAndType
            out.writeShort(7);
            out.writeShort(8);
            out.writeByte(10); // 10: Methodref Object.<init>
            out.writeShort(4);
            out.writeShort(9);
            utf8(out, "Code"); // 11
            utf8(out, "derivative"); // 12
            utf8(out, "([D[D)V"); // 13
            utf8(out, "evaluate"); // 14
            utf8(out, "([D[D[D)V"); // 15
            for (double c : constants) { // 16, 18, ...
                out.writeByte(6);
                out.writeLong(Double.doubleToLongBits(c));
            }
            utf8(out, "java/lang/Math"); // base
            classRef(out, base); // base + 1
            mathMethod(out, base + 1, base + 2, "exp", "(D)D"); // base + 2 … base + 5
            mathMethod(out, base + 1, base + 6, "max", "(DD)D"); // base + 6 … base + 9
            utf8(out, "org/egt4j/dynamics/KernelCompiler"); // base + 10
            classRef(out, base + 10); // base + 11
            mathMethod(out, base + 11, base + 12, "step", "(D)D"); // base + 12 … base + 15
            mathMethod(out, base + 11, base + 16, "either", "(DD)D"); // base + 16 … base + 19
            out.writeShort(0x0001 | 0x0010 | 0x0020); // public final super
            out.writeShort(2); // this
            out.writeShort(4); // super
            out.writeShort(1); // interfaces
            out.writeShort(6);
            out.writeShort(0); // fields
            out.writeShort(3); // methods
            method(out, 7, 8, 1, 1, new byte[] {0x2a, (byte) 0xb7, 0x00, 0x0a, (byte) 0xb1});
            method(out, 12, 13, 6, derivativeLocals, derivativeCode);
            method(out, 14, 15, 6, evaluateLocals, evaluateCode);
            out.writeShort(0); // class attributes
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void method(DataOutputStream out, int name, int descriptor, int maxStack, int maxLocals, byte[] code)
            throws IOException {
        out.writeShort(0x0001); // public
        out.writeShort(name);
        out.writeShort(descriptor);
        out.writeShort(1); // attributes: Code
        out.writeShort(11);
        out.writeInt(12 + code.length);
        out.writeShort(maxStack);
        out.writeShort(maxLocals);
        out.writeInt(code.length);
        out.write(code);
        out.writeShort(0); // exception table
        out.writeShort(0); // attributes
    }

    /** Constant-pool index of the Methodref {@code Math.exp(D)D} in a class with this many constants. */
    static int expRef(int constants) {
        return FIRST_CONSTANT + 2 * constants + 5;
    }

    /** Constant-pool index of the Methodref {@code Math.max(DD)D} in a class with this many constants. */
    static int maxRef(int constants) {
        return FIRST_CONSTANT + 2 * constants + 9;
    }

    /**
     * Constant-pool index of the Methodref {@code KernelCompiler.step(D)D} (the unit step; the hidden class
     * is in this package, so it may call the package-private method) in a class with this many constants.
     */
    static int stepRef(int constants) {
        return FIRST_CONSTANT + 2 * constants + 15;
    }

    /** Constant-pool index of the Methodref {@code KernelCompiler.either(DD)D} in a class with this many constants. */
    static int eitherRef(int constants) {
        return FIRST_CONSTANT + 2 * constants + 19;
    }

    /** Name, descriptor, NameAndType and Methodref (from index {@code first}) of a static method of the class at {@code math}. */
    private static void mathMethod(DataOutputStream out, int math, int first, String name, String descriptor)
            throws IOException {
        utf8(out, name); // first
        utf8(out, descriptor); // first + 1
        out.writeByte(12); // first + 2: NameAndType
        out.writeShort(first);
        out.writeShort(first + 1);
        out.writeByte(10); // first + 3: Methodref
        out.writeShort(math);
        out.writeShort(first + 2);
    }

    private static void utf8(DataOutputStream out, String s) throws IOException {
        out.writeByte(1);
        out.writeUTF(s);
    }

    private static void classRef(DataOutputStream out, int utf8) throws IOException {
        out.writeByte(7);
        out.writeShort(utf8);
    }
}
