// SPDX-License-Identifier: GPL-2.0
/*
 * aio-poll-demo: ask for readiness of a pipe, a unix socket, an eventfd, a
 * timerfd and a pty through io_submit(IOCB_CMD_POLL), make each one ready,
 * and print the events io_getevents() returns.
 *
 *   aio-poll-demo          run the demonstration, exit 0 when every event came
 *   aio-poll-demo --probe  exit 0 when this kernel supports IOCB_CMD_POLL
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/aio_abi.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
#include <unistd.h>

#define POLL_OPCODE 5	/* IOCB_CMD_POLL */

static long io_setup(unsigned int nr, aio_context_t *ctx)
{
	return syscall(SYS_io_setup, nr, ctx);
}

static long io_submit(aio_context_t ctx, long n, struct iocb **iocbs)
{
	return syscall(SYS_io_submit, ctx, n, iocbs);
}

static long io_getevents(aio_context_t ctx, long min, long max,
			 struct io_event *ev, struct timespec *ts)
{
	return syscall(SYS_io_getevents, ctx, min, max, ev, ts);
}

static int submit_poll(aio_context_t ctx, struct iocb *cb, int fd, int events,
		       const char *name)
{
	struct iocb *list[1] = { cb };

	memset(cb, 0, sizeof(*cb));
	cb->aio_lio_opcode = POLL_OPCODE;
	cb->aio_fildes = fd;
	cb->aio_buf = events;
	cb->aio_data = (uintptr_t)name;
	if (io_submit(ctx, 1, list) != 1) {
		printf("  %-8s io_submit(IOCB_CMD_POLL): %s\n", name,
		       strerror(errno));
		return -1;
	}
	return 0;
}

static void mask_str(unsigned int m, char *buf)
{
	static const struct { unsigned int bit; const char *name; } bits[] = {
		{ POLLIN, "IN" }, { POLLPRI, "PRI" }, { POLLOUT, "OUT" },
		{ POLLERR, "ERR" }, { POLLHUP, "HUP" }, { POLLRDNORM, "RDNORM" }, { POLLRDBAND, "RDBAND" },
		{ POLLWRNORM, "WRNORM" }, { POLLRDHUP, "RDHUP" },
	};
	unsigned int i;

	buf[0] = 0;
	for (i = 0; i < sizeof(bits) / sizeof(bits[0]); i++)
		if (m & bits[i].bit)
			sprintf(buf + strlen(buf), "%s%s", buf[0] ? "|" : "",
				bits[i].name);
}

static int probe(void)
{
	aio_context_t ctx = 0;
	struct io_event ev;
	struct iocb cb;
	int p[2];

	if (io_setup(1, &ctx) || pipe(p))
		return 2;
	if (write(p[1], "x", 1) != 1)
		return 2;
	if (submit_poll(ctx, &cb, p[0], POLLIN, "probe"))
		return 1;
	return io_getevents(ctx, 1, 1, &ev, NULL) == 1 &&
	       (ev.res & POLLIN) ? 0 : 1;
}

int main(int argc, char **argv)
{
	struct itimerspec its = { .it_value = { .tv_nsec = 20 * 1000 * 1000 } };
	int p[2], sv[2], efd, tfd, ptm, want = 0, got = 0, i;
	uint64_t one = 1;
	struct iocb cb[5];
	struct io_event ev[5];
	aio_context_t ctx = 0;

	if (argc > 1 && !strcmp(argv[1], "--probe"))
		return probe();

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (io_setup(16, &ctx) || pipe(p) ||
	    socketpair(AF_UNIX, SOCK_STREAM, 0, sv)) {
		perror("setup");
		return 1;
	}
	efd = eventfd(0, 0);
	tfd = timerfd_create(CLOCK_MONOTONIC, 0);
	ptm = posix_openpt(O_RDWR | O_NOCTTY);
	if (efd < 0 || tfd < 0 || ptm < 0) {
		perror("eventfd/timerfd/posix_openpt");
		return 1;
	}

	printf("aio-poll-demo: one IOCB_CMD_POLL per file, then make each ready\n");
	want += !submit_poll(ctx, &cb[0], p[0], POLLIN, "pipe");
	want += !submit_poll(ctx, &cb[1], sv[0], POLLIN, "socket");
	want += !submit_poll(ctx, &cb[2], efd, POLLIN, "eventfd");
	want += !submit_poll(ctx, &cb[3], tfd, POLLIN, "timerfd");
	want += !submit_poll(ctx, &cb[4], ptm, POLLOUT, "pty");

	if (write(p[1], "x", 1) != 1 || write(sv[1], "y", 1) != 1 ||
	    write(efd, &one, sizeof(one)) != sizeof(one) ||
	    timerfd_settime(tfd, 0, &its, NULL)) {
		perror("make ready");
		return 1;
	}

	while (got < want) {
		struct timespec ts = { .tv_sec = 5 };
		int n = io_getevents(ctx, 1, 5, ev, &ts);

		if (n <= 0) {
			printf("  io_getevents: %s\n", n ? strerror(errno) : "timed out");
			break;
		}
		for (i = 0; i < n; i++) {
			char m[64];

			mask_str(ev[i].res, m);
			printf("  %-8s event: res=0x%04llx (%s)\n",
			       (char *)(uintptr_t)ev[i].data,
			       (unsigned long long)ev[i].res, m);
		}
		got += n;
	}
	printf("aio-poll-demo: %d of 5 polls accepted, %d events\n", want, got);
	return want == 5 && got == 5 ? 0 : 1;
}
