--TEST--
glibc's texts in every language of libc-l10n (Debian 12 and sid): each found alone and inside PHP's envelopes, with its symbol's case and Linux code
--EXTENSIONS--
sockerr
--SKIPIF--
<?php if (!is_file(__DIR__ . '/../../src/l10n/glibc.def')) die('skip needs the source tree (src/l10n/glibc.def)'); ?>
--FILE--
<?php
require __DIR__ . '/l10n.inc';
$languages = count(array_unique(array_column(l10n_rows('glibc'), 0)));
[$checked] = check_table('glibc', 'linux', 'php_envelopes');
echo "$languages languages\n";
echo $checked > 1700 ? "more than 1700 texts with a case found alone and in 4 envelopes\n" : "only $checked texts\n";

// the issue's examples, with the envelope PHP 8.2 prints
foreach ([
    'Verbindungsaufbau abgelehnt', 'Keine Route zum Zielrechner', 'Connexion refusée', '拒绝连接',
    'php_network_getaddresses: getaddrinfo for db failed: Temporärer Fehler bei der Namensauflösung',
    'socket_connect(): unable to connect [113]: Keine Route zum Zielrechner',
    'stream_socket_client(): Unable to connect to tcp://127.0.0.1:6379 (В соединении отказано)',
    'Warning: fsockopen(): Unable to connect to 10.0.0.9:80 (接続を拒否されました)',
] as $line) {
    $r = sockerr_explain($line);
    printf("%-20s %-14s %s\n", $r['error'], $r['name'], $line);
}
?>
--EXPECT--
40 languages
more than 1700 texts with a case found alone and in 4 envelopes
ConnectionRefused    ECONNREFUSED   Verbindungsaufbau abgelehnt
HostUnreachable      EHOSTUNREACH   Keine Route zum Zielrechner
ConnectionRefused    ECONNREFUSED   Connexion refusée
ConnectionRefused    ECONNREFUSED   拒绝连接
TryAgain             EAI_AGAIN      php_network_getaddresses: getaddrinfo for db failed: Temporärer Fehler bei der Namensauflösung
HostUnreachable      EHOSTUNREACH   socket_connect(): unable to connect [113]: Keine Route zum Zielrechner
ConnectionRefused    ECONNREFUSED   stream_socket_client(): Unable to connect to tcp://127.0.0.1:6379 (В соединении отказано)
ConnectionRefused    ECONNREFUSED   Warning: fsockopen(): Unable to connect to 10.0.0.9:80 (接続を拒否されました)
