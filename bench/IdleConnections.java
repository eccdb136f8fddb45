import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens N PostgreSQL protocol connections (StartupMessage, trust authentication, until
 * ReadyForQuery), keeps them all open and idle, prints "HOLDING n" and waits for a line on stdin;
 * then runs "SELECT 1" on each connection, checks the answer, and closes them. Used by
 * bench/idle-connections.sh (java IdleConnections.java HOST PORT N).
 */
public class IdleConnections {
    public static void main(String[] args) throws Exception {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        int n = Integer.parseInt(args[2]);
        List<Socket> sockets = new ArrayList<>(n);
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            Socket s = new Socket();
            s.connect(new InetSocketAddress(host, port), 30_000);
            s.setSoTimeout(120_000);
            DataOutputStream out = new DataOutputStream(s.getOutputStream());
            byte[] params = ("user\0postgres\0database\0postgres\0application_name\0idle" + i + "\0\0")
                    .getBytes(StandardCharsets.UTF_8);
            out.writeInt(8 + params.length);
            out.writeInt(196608);
            out.write(params);
            out.flush();
            readUntilReady(new DataInputStream(s.getInputStream()));
            sockets.add(s);
        }
        System.out.printf("HOLDING %d connections (opened in %.1f s)%n", n, (System.nanoTime() - start) / 1e9);
        System.out.flush();
        System.in.read();
        int ok = 0;
        for (Socket s : sockets) {
            DataOutputStream out = new DataOutputStream(s.getOutputStream());
            byte[] sql = "SELECT 1\0".getBytes(StandardCharsets.UTF_8);
            out.writeByte('Q');
            out.writeInt(4 + sql.length);
            out.write(sql);
            out.flush();
            if (readUntilReady(new DataInputStream(s.getInputStream()))) {
                ok++;
            }
            s.close();
        }
        System.out.printf("QUERIED %d of %d connections after the idle period%n", ok, n);
        System.exit(ok == n ? 0 : 1);
    }

    /** Reads messages until ReadyForQuery; returns whether a DataRow came; fails on ErrorResponse. */
    private static boolean readUntilReady(DataInputStream in) throws IOException {
        boolean row = false;
        while (true) {
            int type = in.readUnsignedByte();
            int length = in.readInt();
            byte[] body = new byte[length - 4];
            in.readFully(body);
            if (type == 'E') {
                throw new IOException("server error: " + new String(body, StandardCharsets.UTF_8));
            }
            if (type == 'D') {
                row = true;
            }
            if (type == 'Z') {
                return row;
            }
        }
    }
}
