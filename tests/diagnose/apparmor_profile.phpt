--TEST--
diagnose: AppArmor's profile of this process, confined, complaining and unconfined (a fake /sys/module/apparmor in a mount namespace)
--EXTENSIONS--
sockerr
posix
--SKIPIF--
<?php require __DIR__ . '/diagnose.inc'; skip_without_namespaces(); skip_under_valgrind('mount(8), a setuid program, cannot be run'); ?>
--FILE--
<?php
require __DIR__ . '/diagnose.inc';
// AppArmor is not enabled here: its module's parameter is made on a tmpfs over /sys/module,
// and the profile's label bind-mounted over this process's /proc/PID/attr/current (older
// kernels have no attr/apparmor/current, and the check falls back to it). The EACCES is a
// real one: a UDP connect to the broadcast address.
$child = <<<'PHP'
<?php
$socket = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
@socket_connect($socket, '255.255.255.255', 9);
foreach (sockerr_diagnose(socket_last_error($socket))['checks'] as $c) {
    echo "{$c['check']} [{$c['verdict']}] {$c['found']}\n";
}
PHP;
foreach (['php-fpm (enforce)', 'php-fpm (complain)', 'unconfined'] as $label) {
    echo "== $label\n";
    echo in_namespace("mount -t tmpfs sockerr-test /sys/module\nmkdir -p /sys/module/apparmor/parameters\n"
        . "echo Y >/sys/module/apparmor/parameters/enabled\nprintf '%s\\n' " . escapeshellarg($label) . " >/sys/module/label\n"
        . "[ ! -e /proc/\$\$/attr/apparmor/current ] || mount --bind /sys/module/label /proc/\$\$/attr/apparmor/current\n"
        . "mount --bind /sys/module/label /proc/\$\$/attr/current\n"
        . "mount -t tmpfs sockerr-test /sys/fs\n", $child, extensions: ['sockets']);
}
?>
--EXPECT--
== php-fpm (enforce)
apparmor.profile [context] php-fpm (enforce)
selinux.mode [ruled out] not active
== php-fpm (complain)
selinux.mode [ruled out] not active
apparmor.profile [ruled out] php-fpm (complain)
== unconfined
selinux.mode [ruled out] not active
apparmor.profile [ruled out] unconfined
