--TEST--
diagnose: SELinux enforcing on a web server's domain, its booleans on and off (a fake selinuxfs in a mount namespace)
--EXTENSIONS--
sockerr
posix
--SKIPIF--
<?php require __DIR__ . '/diagnose.inc'; skip_without_namespaces(); skip_under_valgrind('mount(8), a setuid program, cannot be run'); ?>
--FILE--
<?php
require __DIR__ . '/diagnose.inc';
// SELinux cannot deny anything on this machine, so the kernel state it would read is made:
// a tmpfs over /sys/fs with selinuxfs's files (enforce; booleans as "current pending"), and
// this process's domain in a file bind-mounted over its own /proc/PID/attr/current. The
// failures are real: a UDP connect to the broadcast address is refused by the kernel with
// EACCES, and the text is the line php-fpm logs for a cURL connect that SELinux denied.
$child = <<<'PHP'
<?php
$socket = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
@socket_connect($socket, '255.255.255.255', 9);
$denied = sockerr_diagnose(socket_last_error($socket));
echo $denied['name'], ': ', $denied['diagnosis'], "\n";
foreach ($denied['checks'] as $c) {
    echo "{$c['check']} [{$c['verdict']}] {$c['found']}\n";
}
$logged = sockerr_diagnose('cURL error 7: Failed to connect to 10.0.0.5 port 5432 after 0 ms: Permission denied');
echo "port 5432:\n";
foreach ($logged['checks'] as $c) {
    echo "{$c['check']} [{$c['verdict']}] {$c['found']}\n";
}
echo $logged['checks'][0]['detail'], "\n";
PHP;
$all = ['httpd_can_network_connect' => false, 'httpd_can_network_connect_db' => false, 'httpd_can_network_relay' => false,
    'httpd_can_connect_ldap' => false, 'httpd_can_network_memcache' => true, 'httpd_can_sendmail' => false];
echo "== enforcing, httpd_t, httpd_can_network_connect off\n";
echo in_namespace(selinux_setup('1', 'system_u:system_r:httpd_t:s0', $all), $child, extensions: ['sockets']);
echo "== the database boolean on\n";
echo in_namespace(selinux_setup('1', 'system_u:system_r:httpd_t:s0', ['httpd_can_network_connect_db' => true] + $all), $child, extensions: ['sockets']);
echo "== httpd_can_network_connect on\n";
echo in_namespace(selinux_setup('1', 'system_u:system_r:httpd_t:s0', ['httpd_can_network_connect' => true] + $all), $child, extensions: ['sockets']);
echo "== permissive\n";
echo in_namespace(selinux_setup('0', 'system_u:system_r:httpd_t:s0', $all), $child, extensions: ['sockets']);
echo "== the command line: unconfined\n";
echo in_namespace(selinux_setup('1', 'unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023', $all), $child, extensions: ['sockets']);
echo "== another confined domain\n";
echo in_namespace(selinux_setup('1', 'system_u:system_r:init_t:s0', $all), $child, extensions: ['sockets']);
?>
--EXPECT--
== enforcing, httpd_t, httpd_can_network_connect off
EACCES: 9 checks: 1 cause confirmed, 1 ruled out, 7 for context.
selinux.httpd_can_network_connect [cause] off
selinux.mode [context] enforcing
selinux.domain [context] system_u:system_r:httpd_t:s0
selinux.httpd_can_network_connect_db [context] off
selinux.httpd_can_network_memcache [context] on
selinux.httpd_can_network_relay [context] off
selinux.httpd_can_connect_ldap [context] off
selinux.httpd_can_sendmail [context] off
apparmor.profile [ruled out] not enabled
port 5432:
selinux.httpd_can_network_connect [cause] off
selinux.httpd_can_network_connect_db [cause] off
selinux.mode [context] enforcing
selinux.domain [context] system_u:system_r:httpd_t:s0
apparmor.profile [ruled out] not enabled
proxy.environment [ruled out] none set
Off, and SELinux is enforcing on this web server process: it may not connect to port 5432. On the host: `setsebool -P httpd_can_network_connect_db 1` (only the database ports (MySQL, PostgreSQL, SQL Server, Oracle, MongoDB, Firebird)) or `setsebool -P httpd_can_network_connect 1` (any port).
== the database boolean on
EACCES: 9 checks: 1 cause confirmed, 1 ruled out, 7 for context.
selinux.httpd_can_network_connect [cause] off
selinux.mode [context] enforcing
selinux.domain [context] system_u:system_r:httpd_t:s0
selinux.httpd_can_network_connect_db [context] on
selinux.httpd_can_network_memcache [context] on
selinux.httpd_can_network_relay [context] off
selinux.httpd_can_connect_ldap [context] off
selinux.httpd_can_sendmail [context] off
apparmor.profile [ruled out] not enabled
port 5432:
selinux.mode [context] enforcing
selinux.domain [context] system_u:system_r:httpd_t:s0
selinux.httpd_can_network_connect [ruled out] off
selinux.httpd_can_network_connect_db [ruled out] on
apparmor.profile [ruled out] not enabled
proxy.environment [ruled out] none set
SELinux is enforcing, so it denies what the policy does not allow this process's domain.
== httpd_can_network_connect on
EACCES: 4 checks: 0 causes confirmed, 2 ruled out, 2 for context.
selinux.mode [context] enforcing
selinux.domain [context] system_u:system_r:httpd_t:s0
selinux.httpd_can_network_connect [ruled out] on
apparmor.profile [ruled out] not enabled
port 5432:
selinux.mode [context] enforcing
selinux.domain [context] system_u:system_r:httpd_t:s0
selinux.httpd_can_network_connect [ruled out] on
apparmor.profile [ruled out] not enabled
proxy.environment [ruled out] none set
SELinux is enforcing, so it denies what the policy does not allow this process's domain.
== permissive
EACCES: 2 checks: 0 causes confirmed, 2 ruled out, 0 for context.
selinux.mode [ruled out] permissive
apparmor.profile [ruled out] not enabled
port 5432:
selinux.mode [ruled out] permissive
apparmor.profile [ruled out] not enabled
proxy.environment [ruled out] none set
SELinux is permissive: it logs what it would deny but denies nothing, so it did not deny this.
== the command line: unconfined
EACCES: 3 checks: 0 causes confirmed, 2 ruled out, 1 for context.
selinux.mode [context] enforcing
selinux.domain [ruled out] unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023
apparmor.profile [ruled out] not enabled
port 5432:
selinux.mode [context] enforcing
selinux.domain [ruled out] unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023
apparmor.profile [ruled out] not enabled
proxy.environment [ruled out] none set
SELinux is enforcing, so it denies what the policy does not allow this process's domain.
== another confined domain
EACCES: 3 checks: 0 causes confirmed, 1 ruled out, 2 for context.
selinux.mode [context] enforcing
selinux.domain [context] system_u:system_r:init_t:s0
apparmor.profile [ruled out] not enabled
port 5432:
selinux.mode [context] enforcing
selinux.domain [context] system_u:system_r:init_t:s0
apparmor.profile [ruled out] not enabled
proxy.environment [ruled out] none set
SELinux is enforcing, so it denies what the policy does not allow this process's domain.
