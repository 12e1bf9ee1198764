/*
 * Real failures through musl (the C library of Alpine and of most PHP container images),
 * for tests/live/musl_failures.phpt: each line is what a program linked with musl prints as
 * strerror(errno) after the call failed. Loopback only; every call returns at once.
 * Usage: musl_failures CLOSED_PORT
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static struct sockaddr_in address(const char *ip, int port)
{
	struct sockaddr_in a;

	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_port = htons((unsigned short) port);
	inet_pton(AF_INET, ip, &a.sin_addr);
	return a;
}

static void report(const char *what, int ok)
{
	printf("%s: %s\n", what, ok ? "no failure" : strerror(errno));
}

int main(int argc, char **argv)
{
	struct sockaddr_in closed, taken, foreign;
	socklen_t len = sizeof(taken);
	int a, b, c;

	if (argc != 2) {
		fprintf(stderr, "usage: %s CLOSED_PORT\n", argv[0]);
		return 2;
	}
	closed = address("127.0.0.1", atoi(argv[1]));
	a = socket(AF_INET, SOCK_STREAM, 0);
	report("connect", connect(a, (struct sockaddr *) &closed, sizeof(closed)) == 0);
	close(a);

	/* a port another socket holds */
	a = socket(AF_INET, SOCK_STREAM, 0);
	taken = address("127.0.0.1", 0);
	bind(a, (struct sockaddr *) &taken, sizeof(taken));
	listen(a, 1);
	getsockname(a, (struct sockaddr *) &taken, &len);
	b = socket(AF_INET, SOCK_STREAM, 0);
	report("bind", bind(b, (struct sockaddr *) &taken, sizeof(taken)) == 0);

	/* an address that is not this host's (TEST-NET-1, RFC 5737) */
	c = socket(AF_INET, SOCK_STREAM, 0);
	foreign = address("192.0.2.1", 0);
	report("bind", bind(c, (struct sockaddr *) &foreign, sizeof(foreign)) == 0);
	close(a);
	close(b);
	close(c);
	return 0;
}
