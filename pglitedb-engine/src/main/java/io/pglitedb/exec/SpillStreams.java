package io.pglitedb.exec;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Big-endian binary writing and reading through one plain array buffer, for temporary files: the
 * JDK's DataOutputStream over a BufferedOutputStream takes a lock and a virtual call per value,
 * which made spilling rows cost more than sorting them.
 */
final class SpillStreams {
    private SpillStreams() {
    }

    static final class Output implements AutoCloseable {
        private final OutputStream sink;
        private final byte[] buffer = new byte[1 << 16];
        private int used;
        private long flushed;

        Output(OutputStream sink) {
            this.sink = sink;
        }

        /** Bytes written so far (the position of the next byte in the file). */
        long position() {
            return flushed + used;
        }

        private void room(int bytes) throws IOException {
            if (used + bytes > buffer.length) {
                flush();
            }
        }

        private void flush() throws IOException {
            sink.write(buffer, 0, used);
            flushed += used;
            used = 0;
        }

        void writeByte(int b) throws IOException {
            room(1);
            buffer[used++] = (byte) b;
        }

        void writeShort(int v) throws IOException {
            room(2);
            buffer[used++] = (byte) (v >>> 8);
            buffer[used++] = (byte) v;
        }

        void writeInt(int v) throws IOException {
            room(4);
            buffer[used++] = (byte) (v >>> 24);
            buffer[used++] = (byte) (v >>> 16);
            buffer[used++] = (byte) (v >>> 8);
            buffer[used++] = (byte) v;
        }

        void writeLong(long v) throws IOException {
            writeInt((int) (v >>> 32));
            writeInt((int) v);
        }

        void writeFloat(float v) throws IOException {
            writeInt(Float.floatToIntBits(v));
        }

        void writeDouble(double v) throws IOException {
            writeLong(Double.doubleToLongBits(v));
        }

        void write(byte[] b) throws IOException {
            if (b.length > buffer.length - used) {
                flush();
                if (b.length > buffer.length) {
                    sink.write(b);
                    flushed += b.length;
                    return;
                }
            }
            System.arraycopy(b, 0, buffer, used, b.length);
            used += b.length;
        }

        @Override
        public void close() throws IOException {
            flush();
            sink.close();
        }
    }

    static final class Input implements AutoCloseable {
        private final InputStream source;
        private final byte[] buffer;
        private int next;
        private int limit;

        Input(InputStream source, int bufferSize) {
            this.source = source;
            this.buffer = new byte[bufferSize];
        }

        /** Makes sure {@code bytes} (at most the buffer's size) are buffered; EOFException at the end. */
        private void need(int bytes) throws IOException {
            if (limit - next >= bytes) {
                return;
            }
            System.arraycopy(buffer, next, buffer, 0, limit - next);
            limit -= next;
            next = 0;
            while (limit < bytes) {
                int n = source.read(buffer, limit, buffer.length - limit);
                if (n < 0) {
                    throw new EOFException();
                }
                limit += n;
            }
        }

        byte readByte() throws IOException {
            need(1);
            return buffer[next++];
        }

        short readShort() throws IOException {
            need(2);
            int v = (buffer[next] & 0xff) << 8 | buffer[next + 1] & 0xff;
            next += 2;
            return (short) v;
        }

        int readInt() throws IOException {
            need(4);
            int v = (buffer[next] & 0xff) << 24 | (buffer[next + 1] & 0xff) << 16 | (buffer[next + 2] & 0xff) << 8
                    | buffer[next + 3] & 0xff;
            next += 4;
            return v;
        }

        long readLong() throws IOException {
            return (long) readInt() << 32 | readInt() & 0xffffffffL;
        }

        float readFloat() throws IOException {
            return Float.intBitsToFloat(readInt());
        }

        double readDouble() throws IOException {
            return Double.longBitsToDouble(readLong());
        }

        void readFully(byte[] b) throws IOException {
            int copied = Math.min(b.length, limit - next);
            System.arraycopy(buffer, next, b, 0, copied);
            next += copied;
            while (copied < b.length) {
                int n = source.read(b, copied, b.length - copied);
                if (n < 0) {
                    throw new EOFException();
                }
                copied += n;
            }
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
