<?php
/*
 * Checks stubs/sockerr.php against the loaded extension: exactly the same functions,
 * classes (enum, backing type, interfaces, cases and their values), constants, methods
 * (static, visibility), parameters (names, types, defaults, by reference, variadic) and return
 * types, and a docblock on every function, class, method and case of the stub. The stub is
 * loaded in a child PHP without the extension (php -n) and both sides are described by the
 * same Reflection code.
 * Usage: php -d extension=modules/sockerr.so scripts/check-stubs.php [STUB]   exit 1 on a difference
 */
const EXTENSION = 'sockerr';

function type_name(?ReflectionType $type): ?string
{
    if ($type === null) {
        return null;
    }
    $names = $type instanceof ReflectionNamedType
        ? [$type->getName()]
        : array_map(fn ($t) => $t instanceof ReflectionNamedType ? $t->getName() : '(' . type_name($t) . ')', $type->getTypes());
    if ($type->allowsNull() && !in_array('null', $names, true) && !in_array('mixed', $names, true)) {
        $names[] = 'null';
    }
    sort($names);
    return implode('|', $names);
}

function describe_function(ReflectionFunctionAbstract $f, array &$docless, string $where): array
{
    // (an enum's cases(), from() and tryFrom() are PHP's own, in the stub too)
    if ($f->getDocComment() === false && $f->isUserDefined()) {
        $docless[] = $where;
    }
    $params = [];
    foreach ($f->getParameters() as $p) {
        $default = null;
        if ($p->isDefaultValueAvailable()) {
            $default = $p->isDefaultValueConstant() ? $p->getDefaultValueConstantName() : var_export($p->getDefaultValue(), true);
        }
        $params[] = [
            'name' => $p->getName(), 'type' => type_name($p->getType()), 'optional' => $p->isOptional(),
            'default' => $default, 'by_ref' => $p->isPassedByReference(), 'variadic' => $p->isVariadic(),
        ];
    }
    return [
        'params' => $params,
        'return' => type_name($f->getReturnType() ?? ($f->hasTentativeReturnType() ? $f->getTentativeReturnType() : null)),
        'by_ref' => $f->returnsReference(),
        'static' => $f instanceof ReflectionMethod ? $f->isStatic() : false,
        'visibility' => $f instanceof ReflectionMethod ? ($f->isPublic() ? 'public' : ($f->isProtected() ? 'protected' : 'private')) : null,
        'abstract' => $f instanceof ReflectionMethod ? $f->isAbstract() : false,
    ];
}

/**
 * @param list<string> $functions @param list<string> $classes @param array<string, mixed> $constants
 * @return array{description: array, docless: list<string>}
 */
function describe(array $functions, array $classes, array $constants): array
{
    $docless = [];
    $out = ['constants' => [], 'functions' => [], 'classes' => []];
    foreach ($constants as $name => $value) {
        $out['constants'][$name] = get_debug_type($value);
    }
    foreach ($functions as $name) {
        $f = new ReflectionFunction($name);
        $out['functions'][$f->getName()] = describe_function($f, $docless, $f->getName() . '()');
    }
    foreach ($classes as $name) {
        $c = new ReflectionClass($name);
        if ($c->getDocComment() === false) {
            $docless[] = $c->getName();
        }
        $class = [
            'kind' => $c->isEnum() ? 'enum' : ($c->isInterface() ? 'interface' : ($c->isTrait() ? 'trait' : 'class')),
            'final' => $c->isEnum() ? null : $c->isFinal(),   // an enum is final either way 'abstract' => $c->isAbstract() && !$c->isInterface(),
            'parent' => $c->getParentClass() ? $c->getParentClass()->getName() : null,
            'interfaces' => $c->getInterfaceNames(),
            'backing' => $c->isEnum() ? type_name((new ReflectionEnum($name))->getBackingType()) : null,
            'cases' => [], 'constants' => [], 'properties' => [], 'methods' => [],
        ];
        sort($class['interfaces']);
        if ($c->isEnum()) {
            foreach ((new ReflectionEnum($name))->getCases() as $case) {
                $class['cases'][$case->getName()] = $case instanceof ReflectionEnumBackedCase ? $case->getBackingValue() : null;
                if ($case->getDocComment() === false) {
                    $docless[] = "$name::{$case->getName()}";
                }
            }
        }
        foreach ($c->getReflectionConstants() as $constant) {
            if (!$c->isEnum() || !$constant->isEnumCase()) {
                $class['constants'][$constant->getName()] = var_export($constant->getValue(), true);
            }
        }
        foreach ($c->getProperties() as $property) {
            $class['properties'][$property->getName()] = [type_name($property->getType()), $property->isStatic(), $property->isReadOnly(), $property->isPublic()];
        }
        foreach ($c->getMethods() as $method) {
            $class['methods'][$method->getName()] = describe_function($method, $docless, "$name::{$method->getName()}()");
        }
        ksort($class['methods']);
        $out['classes'][$c->getName()] = $class;
    }
    foreach ($out as &$part) {
        ksort($part);
    }
    return ['description' => $out, 'docless' => $docless];
}

$stub = realpath($argv[1] ?? __DIR__ . '/../stubs/sockerr.php');
if (!extension_loaded(EXTENSION) || $stub === false) {
    fwrite(STDERR, "usage: php -d extension=modules/sockerr.so scripts/check-stubs.php [STUB]\n");
    exit(2);
}


// the extension's side
$ext = new ReflectionExtension(EXTENSION);
$theirs = describe(array_keys($ext->getFunctions()), $ext->getClassNames(), $ext->getConstants());

// the stub's side, in a child without the extension
$code = 'require $argv[2]; $b = [get_defined_functions()["user"], get_declared_classes(), get_defined_constants(true)["user"] ?? []];'
    . 'require $argv[1];'
    . '$fs = array_values(array_diff(get_defined_functions()["user"], $b[0]));'
    . '$cs = array_values(array_diff(get_declared_classes(), $b[1]));'
    . '$ks = array_diff_key(get_defined_constants(true)["user"] ?? [], $b[2]);'
    . 'echo json_encode(describe($fs, $cs, $ks));';
$lib = tempnam(sys_get_temp_dir(), 'check-stubs');
$source = file_get_contents(__FILE__);
file_put_contents($lib, substr($source, 0, strpos($source, '$stub = realpath(')));
$cmd = implode(' ', array_map('escapeshellarg', [PHP_BINARY, '-n', '-r', $code, $stub, $lib])) . ' 2>&1';
$json = shell_exec($cmd);
unlink($lib);
$ours = json_decode((string) $json, true);
if (!is_array($ours)) {
    echo "the stub could not be loaded: $json\n";
    exit(1);
}
$theirs = json_decode(json_encode($theirs), true);

$differences = [];
$compare = function ($a, $b, string $path) use (&$compare, &$differences) {
    if (is_array($a) && is_array($b) && !array_is_list($a) && !array_is_list($b) || is_array($a) && is_array($b) && $a && $b && !array_is_list($a)) {
        foreach (array_unique(array_merge(array_keys($a), array_keys($b))) as $key) {
            if (!array_key_exists($key, $b)) {
                $differences[] = "$path$key: in the extension, not in the stub";
            } elseif (!array_key_exists($key, $a)) {
                $differences[] = "$path$key: in the stub, not in the extension";
            } else {
                $compare($a[$key], $b[$key], "$path$key.");
            }
        }
    } elseif ($a !== $b) {
        $differences[] = rtrim($path, '.') . ': the extension has ' . json_encode($a, JSON_UNESCAPED_SLASHES) . ', the stub ' . json_encode($b, JSON_UNESCAPED_SLASHES);
    }
};
$compare($theirs['description'], $ours['description'], '');
foreach ($ours['docless'] as $where) {
    $differences[] = "$where: no docblock in the stub";
}
if ($differences) {
    echo "stubs/sockerr.php differs from the extension:\n  ", implode("\n  ", $differences), "\n";
    exit(1);
}
$d = $theirs['description'];
printf("%s matches the extension: %d functions, %d classes (%d methods, %d cases), %d constants\n", basename($stub),
    count($d['functions']), count($d['classes']), array_sum(array_map(fn ($c) => count($c['methods']), $d['classes'])),
    array_sum(array_map(fn ($c) => count($c['cases']), $d['classes'])), count($d['constants']));
