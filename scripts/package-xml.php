<?php
/*
 * Writes package.xml's <contents> from the files in git, so that every shipped file is
 * listed and nothing else is. Development-only files (scripts/, bench/, fuzz/, .ci/, git and
 * composer metadata) are not shipped: PIE takes the git archive, pecl takes package.xml.
 * Usage: php scripts/package-xml.php [--check]   (--check: exit 1 if package.xml is stale)
 */
$root = dirname(__DIR__);
$devOnly = '#^(scripts/|bench/|fuzz/|\.ci/|\.git|composer\.json$|package\.xml$)#';
$files = array_filter(
    explode("\n", trim((string) shell_exec('cd ' . escapeshellarg($root) . ' && git ls-files --cached --others --exclude-standard'))),
    fn ($f) => $f !== '' && !preg_match($devOnly, $f) && is_file("$root/$f")
);
sort($files);

function role(string $file): string
{
    return match (true) {
        str_starts_with($file, 'tests/') => 'test',
        str_starts_with($file, 'bin/') => 'script',
        // installed with the docs (pecl config-get doc_dir), for an IDE to be pointed at
        str_starts_with($file, 'stubs/') => 'doc',
        str_starts_with($file, 'examples/'), in_array($file, ['README.md', 'LICENSE', 'CHANGELOG.md'], true) => 'doc',
        default => 'src',
    };
}

// nested <dir> elements, as pecl expects
$tree = [];
foreach ($files as $file) {
    $node = &$tree;
    $parts = explode('/', $file);
    $name = array_pop($parts);
    foreach ($parts as $dir) {
        $node = &$node[$dir . '/'];
    }
    $node[$name] = role($file);
    unset($node);
}
function render(array $tree, int $depth): string
{
    $out = '';
    $pad = str_repeat(' ', $depth * 2);
    ksort($tree);
    foreach ($tree as $name => $child) {
        if (is_array($child)) {
            $out .= "$pad<dir name=\"" . rtrim($name, '/') . "\">\n" . render($child, $depth + 1) . "$pad</dir>\n";
        } elseif ($child === 'script') {
            // pecl's way: its own PHP in the shebang, and installed as bin_dir/NAME
            $out .= "$pad<file name=\"$name\" role=\"script\">\n"
                . "$pad  <tasks:replace from=\"/usr/bin/env php\" to=\"php_bin\" type=\"pear-config\"/>\n"
                . "$pad</file>\n";
        } else {
            $out .= "$pad<file name=\"$name\" role=\"$child\"/>\n";
        }
    }
    return $out;
}
$contents = "<contents>\n  <dir name=\"/\">\n" . render($tree, 2) . "  </dir>\n </contents>";

$install = '';
foreach ($files as $file) {
    if (role($file) === 'script') {
        $install .= '   <install as="' . basename($file) . "\" name=\"$file\"/>\n";
    }
}
$xml = file_get_contents("$root/package.xml");
$new = preg_replace('#<contents>.*</contents>#s', $contents, $xml);
// the scripts are installed as bin_dir/NAME, not bin_dir/bin/NAME
$new = preg_replace('#\n  <filelist>.*</filelist>#s', '', $new);
$new = preg_replace('#(<extsrcrelease>.*?)(\n </extsrcrelease>)#s', $install === '' ? '$1$2' : "\$1\n  <filelist>\n$install  </filelist>\$2", $new);
if (in_array('--check', $argv, true)) {
    if ($new !== $xml) {
        fwrite(STDERR, "package.xml does not list exactly the shipped files: run php scripts/package-xml.php\n");
        exit(1);
    }
    echo "package.xml lists the " . count($files) . " shipped files\n";
    exit(0);
}
file_put_contents("$root/package.xml", $new);
