# Richards: Martin Richards' operating-system simulation benchmark.  A small
# priority scheduler runs six tasks (idle, worker, two handlers, two devices)
# that exchange packets through queues.  Each iteration builds a fresh
# system and runs it until the idle task has counted down; the queue-packet
# and hold counts must come out as 23246 and 9297.  Measures method calls
# through a class hierarchy, attribute access and linked-list manipulation.
#
# Size argument: number of iterations.  Default 120.
import sys

I_IDLE = 1
I_WORK = 2
I_HANDLERA = 3
I_HANDLERB = 4
I_DEVA = 5
I_DEVB = 6

K_DEV = 1000
K_WORK = 1001

BUFSIZE = 4

# task state bits
PKTBIT = 1
WAITBIT = 2
HOLDBIT = 4

S_RUN = 0
S_RUNPKT = PKTBIT
S_WAIT = WAITBIT
S_WAITPKT = WAITBIT | PKTBIT

ALPHABET = "0ABCDEFGHIJKLMNOPQRSTUVWXYZ"

IDLE_COUNT = 10000
EXPECTED_QPKT = 23246
EXPECTED_HOLD = 9297


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE


def append_packet(pkt, queue):
    """Append pkt at the end of queue; return the new head."""
    pkt.link = None
    if queue is None:
        return pkt
    p = queue
    while p.link is not None:
        p = p.link
    p.link = pkt
    return queue


class Task:
    def __init__(self, system, ident, priority, queue, state):
        self.system = system
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.state = state
        self.link = system.task_list
        system.task_list = self
        system.tasks[ident] = self

    def run(self, pkt):
        raise NotImplementedError

    # helpers used by the task bodies; they return the next task to run

    def wait(self):
        self.state |= WAITBIT
        return self

    def hold_self(self):
        self.system.hold_count += 1
        self.state |= HOLDBIT
        return self.link

    def release(self, ident):
        t = self.system.find(ident)
        t.state &= ~HOLDBIT
        if t.priority > self.priority:
            return t
        return self

    def queue_packet(self, pkt):
        system = self.system
        t = system.find(pkt.ident)
        system.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.ident
        if t.queue is None:
            t.queue = pkt
            t.state |= PKTBIT
            if t.priority > self.priority:
                return t
        else:
            t.queue = append_packet(pkt, t.queue)
        return self


class IdleTask(Task):
    def __init__(self, system, ident, priority, queue, state, count):
        Task.__init__(self, system, ident, priority, queue, state)
        self.control = 1
        self.count = count

    def run(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.hold_self()
        if self.control & 1 == 0:
            self.control = self.control >> 1
            return self.release(I_DEVA)
        self.control = (self.control >> 1) ^ 0xD008
        return self.release(I_DEVB)


class WorkTask(Task):
    def __init__(self, system, ident, priority, queue, state):
        super().__init__(system, ident, priority, queue, state)
        self.destination = I_HANDLERA
        self.letter = 0

    def run(self, pkt):
        if pkt is None:
            return self.wait()
        self.destination = I_HANDLERA + I_HANDLERB - self.destination
        pkt.ident = self.destination
        pkt.datum = 0
        for i in range(BUFSIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            pkt.data[i] = ALPHABET[self.letter]
        return self.queue_packet(pkt)


class HandlerTask(Task):
    def __init__(self, system, ident, priority, queue, state):
        super().__init__(system, ident, priority, queue, state)
        self.work_queue = None
        self.device_queue = None

    def run(self, pkt):
        if pkt is not None:
            if pkt.kind == K_WORK:
                self.work_queue = append_packet(pkt, self.work_queue)
            else:
                self.device_queue = append_packet(pkt, self.device_queue)
        work = self.work_queue
        if work is not None:
            count = work.datum
            if count >= BUFSIZE:
                self.work_queue = work.link
                return self.queue_packet(work)
            dev = self.device_queue
            if dev is not None:
                self.device_queue = dev.link
                dev.datum = work.data[count]
                work.datum = count + 1
                return self.queue_packet(dev)
        return self.wait()


class DeviceTask(Task):
    def __init__(self, system, ident, priority, queue, state):
        super().__init__(system, ident, priority, queue, state)
        self.pending = None

    def run(self, pkt):
        if pkt is None:
            pending = self.pending
            if pending is None:
                return self.wait()
            self.pending = None
            return self.queue_packet(pending)
        self.pending = pkt
        self.system.trace(pkt.datum)
        return self.hold_self()


class System:
    def __init__(self):
        self.task_list = None
        self.tasks = [None] * 7
        self.qpkt_count = 0
        self.hold_count = 0
        self.trace_sum = 0

    def find(self, ident):
        t = self.tasks[ident]
        if t is None:
            raise ValueError("bad task id %d" % ident)
        return t

    def trace(self, datum):
        # datum is a letter; fold it into a checksum
        self.trace_sum = (self.trace_sum * 7 + ord(datum)) % 1000003

    def schedule(self):
        t = self.task_list
        while t is not None:
            state = t.state
            if state == S_WAITPKT:
                pkt = t.queue
                t.queue = pkt.link
                if t.queue is None:
                    t.state = S_RUN
                else:
                    t.state = S_RUNPKT
                t = t.run(pkt)
            elif state == S_RUN or state == S_RUNPKT:
                t = t.run(None)
            else:
                t = t.link


def run_once():
    system = System()
    IdleTask(system, I_IDLE, 0, None, S_RUN, IDLE_COUNT)

    queue = Packet(None, 0, K_WORK)
    queue = Packet(queue, 0, K_WORK)
    WorkTask(system, I_WORK, 1000, queue, S_WAITPKT)

    queue = Packet(None, I_DEVA, K_DEV)
    queue = Packet(queue, I_DEVA, K_DEV)
    queue = Packet(queue, I_DEVA, K_DEV)
    HandlerTask(system, I_HANDLERA, 2000, queue, S_WAITPKT)

    queue = Packet(None, I_DEVB, K_DEV)
    queue = Packet(queue, I_DEVB, K_DEV)
    queue = Packet(queue, I_DEVB, K_DEV)
    HandlerTask(system, I_HANDLERB, 3000, queue, S_WAITPKT)

    DeviceTask(system, I_DEVA, 4000, None, S_WAIT)
    DeviceTask(system, I_DEVB, 5000, None, S_WAIT)

    system.schedule()
    return system.qpkt_count, system.hold_count, system.trace_sum


def main():
    iterations = 120
    if len(sys.argv) > 1:
        iterations = int(sys.argv[1])
    ok = True
    check = 0
    result = None
    for _ in range(iterations):
        result = run_once()
        if result[0] != EXPECTED_QPKT or result[1] != EXPECTED_HOLD:
            ok = False
        check = (check + result[2]) % 1000000007
    print("qpkt", result[0], "hold", result[1], "trace", result[2])
    print("ok", ok)
    print("checksum", check)


main()
