--TEST--
diagnose: a refused connect to localhost from a container (Podman, Docker, Kubernetes) and from a root with no container's marks
--EXTENSIONS--
sockerr
posix
curl
--SKIPIF--
<?php require __DIR__ . '/diagnose.inc'; skip_without_namespaces(); skip_under_valgrind('mount(8), a setuid program, cannot be run'); ?>
--FILE--
<?php
require __DIR__ . '/diagnose.inc';
// Each child runs chrooted in a fresh root made of the system's /usr, /etc, /proc and /dev,
// so the markers it finds are the ones each case puts there. The connects are real: cURL to
// a closed loopback port.
$child = <<<'PHP'
<?php
$ch = curl_init('http://localhost:1/');
curl_setopt_array($ch, [CURLOPT_RETURNTRANSFER => true, CURLOPT_CONNECTTIMEOUT => 5, CURLOPT_PROXY => '']);
curl_exec($ch);
foreach (sockerr_diagnose($ch)['checks'] as $c) {
    echo "{$c['check']} [{$c['verdict']}] {$c['found']}\n";
}
PHP;
$root = sys_get_temp_dir() . '/sockerr-root-' . getmypid();
$path = ['PATH' => '/usr/sbin:/usr/bin:/sbin:/bin'];
echo "== no container\n", in_namespace(clean_root_setup($root), $child, extensions: ['curl'], root: $root);
echo "== docker\n", in_namespace(clean_root_setup($root) . "touch $root/.dockerenv", $child, extensions: ['curl'], root: $root);
echo "== podman\n", in_namespace(clean_root_setup($root) . "mkdir -p $root/run\necho 'engine=\"podman-4.3.1\"' >$root/run/.containerenv", $child, extensions: ['curl'], root: $root);
echo "== kubernetes\n", in_namespace(clean_root_setup($root), $child, extensions: ['curl'], env: $path + ['KUBERNETES_SERVICE_HOST' => '10.96.0.1'], root: $root);
@rmdir($root);
?>
--EXPECT--
== no container
container.runtime [ruled out] none found
proxy.environment [ruled out] none set
== docker
container.runtime [cause] docker (/.dockerenv)
proxy.environment [ruled out] none set
== podman
container.runtime [cause] podman (/run/.containerenv)
proxy.environment [ruled out] none set
== kubernetes
container.runtime [cause] kubernetes (KUBERNETES_SERVICE_HOST)
proxy.environment [ruled out] none set
