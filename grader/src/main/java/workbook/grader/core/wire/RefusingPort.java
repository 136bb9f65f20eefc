package workbook.grader.core.wire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A loopback port where a connection is refused, for as long as this is open. The port is held by a socket that is
 * bound but never listens: the kernel answers every connection attempt with a reset, and no other process can bind
 * the port meanwhile. (A port merely found free and closed again can be taken by another program's server before the
 * check connects to it; on a busy machine that happened.)
 */
public final class RefusingPort implements AutoCloseable {

    private final Socket holder;

    private RefusingPort(Socket holder) {
        this.holder = holder;
    }

    public static RefusingPort take() {
        Socket holder = new Socket();
        try {
            holder.setReuseAddress(false);
            holder.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return new RefusingPort(holder);
        } catch (IOException e) {
            try {
                holder.close();
            } catch (IOException ignored) {
                // nothing was bound
            }
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return holder.getLocalPort();
    }

    @Override
    public void close() {
        try {
            holder.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
