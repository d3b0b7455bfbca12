package org.advisoryhub.common.concurrent;

/**
 * A daemon thread that runs one loop for as long as the hub runs: started at start-up, interrupted at shutdown. The
 * loop asks {@link #running()} between rounds.
 */
public final class BackgroundLoop {

    private final String name;
    private final Runnable loop;
    private volatile boolean running;
    private Thread thread;

    public BackgroundLoop(String name, Runnable loop) {
        this.name = name;
        this.loop = loop;
    }

    public synchronized void start() {
        running = true;
        thread = new Thread(loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    public boolean running() {
        return running;
    }
}
