--TEST--
musl's texts (Alpine, most PHP container images): each found alone or, when short, inside PHP's envelopes, as Linux's code
--EXTENSIONS--
sockerr
--SKIPIF--
<?php if (!is_file(__DIR__ . '/../../src/l10n/musl.def')) die('skip needs the source tree (src/l10n/musl.def)'); ?>
--FILE--
<?php
require __DIR__ . '/l10n.inc';
[$checked] = check_table('musl', 'linux', 'php_envelopes');
echo $checked > 15 ? "musl's texts with a case found\n" : "only $checked texts\n";

// the forms that came back wrong or Unknown before
foreach ([
    'Host is unreachable', 'Address in use', 'Address not available', 'No file descriptors available',
    'php_network_getaddresses: getaddrinfo for redis failed: Try again',
    'getaddrinfo for redis failed: Try again',
    'php_network_getaddresses: getaddrinfo for db failed: Name has no usable address',
    'php_network_getaddresses: getaddrinfo for db failed: Name does not resolve',
    'stream_socket_client(): Unable to connect to tcp://10.0.0.9:6379 (Operation timed out)',
    'socket.gaierror: [Errno -3] Try again',
    'nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address in use)',
] as $line) {
    $r = sockerr_explain($line, 'linux');
    printf("%-20s %-14s %-5s %s\n", $r['error'], $r['name'] ?? '-', $r['native'] ?? '-', $line);
}
// short texts count only where an envelope names them, never alone in prose
foreach (['Please Try again later', 'Overflow', 'Invalid flags', 'Message too large'] as $line) {
    printf("%-20s %s\n", SocketError::fromMessage($line)->name, $line);
}
?>
--EXPECT--
musl's texts with a case found
HostUnreachable      EHOSTUNREACH   113   Host is unreachable
AddressAlreadyInUse  EADDRINUSE     98    Address in use
AddressNotAvailable  -              -     Address not available
TooManyOpenSockets   EMFILE         24    No file descriptors available
TryAgain             EAI_AGAIN      -3    php_network_getaddresses: getaddrinfo for redis failed: Try again
TryAgain             EAI_AGAIN      -3    getaddrinfo for redis failed: Try again
NoData               EAI_NODATA     -5    php_network_getaddresses: getaddrinfo for db failed: Name has no usable address
HostNotFound         EAI_NONAME     -     php_network_getaddresses: getaddrinfo for db failed: Name does not resolve
TimedOut             ETIMEDOUT      -     stream_socket_client(): Unable to connect to tcp://10.0.0.9:6379 (Operation timed out)
TryAgain             EAI_AGAIN      -3    socket.gaierror: [Errno -3] Try again
AddressAlreadyInUse  EADDRINUSE     98    nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address in use)
Unknown              Please Try again later
Unknown              Overflow
Unknown              Invalid flags
Unknown              Message too large
