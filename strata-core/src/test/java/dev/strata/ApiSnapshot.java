package dev.strata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * strata-core's public API, read from its compiled classes: the public types of the API packages
 * ({@code dev.strata} and {@code dev.strata.report}), every public failure ({@link StrataException}
 * and its subclasses), and every type of this project their public and protected signatures reach,
 * wherever it lives (results and events in {@code migrate.exec}, directory types in {@code migrate},
 * {@code DatabaseUrl} ...). Everything else public is the engine's, public for the project's other
 * modules, and may change.
 */
final class ApiSnapshot {

    /** The packages whose every public type is API. */
    static final List<String> API_PACKAGES = List.of("dev.strata", "dev.strata.report");

    private ApiSnapshot() {
    }

    /** The public types of the API packages and every public failure. */
    static Set<Class<?>> roots() {
        Set<Class<?>> roots = new LinkedHashSet<>();
        for (Class<?> c : coreClasses()) {
            boolean api = API_PACKAGES.contains(c.getPackageName()) && c.getEnclosingClass() == null;
            if (isPublic(c) && (api || StrataException.class.isAssignableFrom(c))) {
                roots.add(c);
            }
        }
        return roots;
    }

    /** The roots and every project type their signatures reach. */
    static Set<Class<?>> reachable(Set<Class<?>> roots) {
        Set<Class<?>> seen = new TreeSet<>(Comparator.comparing(Class::getName));
        Deque<Class<?>> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (!isOurs(c) || !seen.add(c)) {
                continue;
            }
            List<Type> types = new ArrayList<>();
            types.add(c.getGenericSuperclass());
            types.addAll(Arrays.asList(c.getGenericInterfaces()));
            for (Field f : visible(c.getDeclaredFields())) {
                types.add(f.getGenericType());
            }
            for (Executable e : visible(executables(c))) {
                types.addAll(Arrays.asList(e.getGenericParameterTypes()));
                types.addAll(Arrays.asList(e.getGenericExceptionTypes()));
                if (e instanceof Method m) {
                    types.add(m.getGenericReturnType());
                }
            }
            Arrays.stream(c.getDeclaredClasses()).filter(ApiSnapshot::isVisible).forEach(todo::add);
            if (c.isSealed()) {
                todo.addAll(Arrays.asList(c.getPermittedSubclasses()));
            }
            for (Type t : types) {
                classesOf(t, todo);
            }
        }
        return seen;
    }

    /** One block per type, in name order: the type, then its members, sorted. */
    static String render(Set<Class<?>> api) {
        StringBuilder b = new StringBuilder("# The public API of strata-core (see ApiSnapshotTest).\n");
        for (Class<?> c : api) {
            b.append('\n').append(typeLine(c)).append('\n');
            Set<String> members = new TreeSet<>();
            for (Field f : visible(c.getDeclaredFields())) {
                members.add(modifiers(f) + f.getGenericType().getTypeName() + " " + f.getName());
            }
            for (Executable e : visible(executables(c))) {
                members.add(signature(e));
            }
            members.forEach(m -> b.append("  ").append(m).append('\n'));
        }
        return b.toString();
    }

    private static String typeLine(Class<?> c) {
        String kind = c.isAnnotation() ? "@interface" : c.isInterface() ? "interface" : c.isEnum() ? "enum"
                : c.isRecord() ? "record" : "class";
        int mods = c.getModifiers() & (c.isInterface() ? Modifier.interfaceModifiers() : Modifier.classModifiers());
        if (c.isInterface() || c.isEnum() || c.isRecord()) {
            mods &= ~(Modifier.ABSTRACT | Modifier.FINAL | Modifier.STATIC);
        }
        StringBuilder b = new StringBuilder(Modifier.toString(mods)).append(' ');
        if (c.isSealed()) {
            b.append("sealed ");
        }
        b.append(kind).append(' ').append(c.getTypeName()).append(typeParameters(c.getTypeParameters()));
        Type sup = c.getGenericSuperclass();
        if (sup != null && sup != Object.class && sup != Record.class && !c.isEnum()) {
            b.append(" extends ").append(sup.getTypeName());
        }
        Type[] interfaces = c.getGenericInterfaces();
        if (interfaces.length > 0) {
            b.append(c.isInterface() ? " extends " : " implements ").append(Arrays.stream(interfaces)
                    .map(Type::getTypeName).collect(Collectors.joining(", ")));
        }
        return b.toString();
    }

    private static String signature(Executable e) {
        StringBuilder b = new StringBuilder(modifiers(e));
        if (e instanceof Method m && m.isDefault()) {
            b.append("default ");
        }
        String params = typeParameters(e.getTypeParameters());
        if (!params.isEmpty()) {
            b.append(params.substring(1)).append(' ');
        }
        if (e instanceof Method m) {
            b.append(m.getGenericReturnType().getTypeName()).append(' ').append(m.getName());
        } else {
            b.append(e.getDeclaringClass().getSimpleName());
        }
        b.append('(').append(Arrays.stream(e.getGenericParameterTypes()).map(Type::getTypeName)
                .collect(Collectors.joining(", "))).append(')');
        Type[] thrown = e.getGenericExceptionTypes();
        if (thrown.length > 0) {
            b.append(" throws ").append(Arrays.stream(thrown).map(Type::getTypeName).collect(Collectors.joining(", ")));
        }
        return b.toString();
    }

    private static String modifiers(Member m) {
        int mods = m.getModifiers() & (m instanceof Field ? Modifier.fieldModifiers()
                : m instanceof Constructor<?> ? Modifier.constructorModifiers() : Modifier.methodModifiers());
        String s = Modifier.toString(mods);
        return s.isEmpty() ? "" : s + " ";
    }

    private static String typeParameters(TypeVariable<?>[] vars) {
        if (vars.length == 0) {
            return "";
        }
        return Arrays.stream(vars).map(v -> {
            List<Type> bounds = Arrays.stream(v.getBounds()).filter(t -> t != Object.class).toList();
            return bounds.isEmpty() ? v.getName() : v.getName() + " extends " + bounds.stream().map(Type::getTypeName)
                    .collect(Collectors.joining(" & "));
        }).collect(Collectors.joining(", ", " <", ">"));
    }

    private static List<Executable> executables(Class<?> c) {
        List<Executable> all = new ArrayList<>(Arrays.asList(c.getDeclaredConstructors()));
        all.addAll(Arrays.asList(c.getDeclaredMethods()));
        return all;
    }

    /** Public members, and protected ones a subclass outside the project could see. */
    private static <M extends Member> List<M> visible(List<M> members) {
        return members.stream().filter(m -> !m.isSynthetic() && !(m instanceof Method x && x.isBridge()))
                .filter(m -> Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers())
                        && !Modifier.isFinal(m.getDeclaringClass().getModifiers()))
                .toList();
    }

    private static <M extends Member> List<M> visible(M[] members) {
        return visible(Arrays.asList(members));
    }

    private static void classesOf(Type t, Deque<Class<?>> into) {
        if (t instanceof Class<?> c) {
            into.add(c.isArray() ? c.getComponentType() : c);
        } else if (t instanceof ParameterizedType p) {
            classesOf(p.getRawType(), into);
            Arrays.stream(p.getActualTypeArguments()).forEach(a -> classesOf(a, into));
        } else if (t instanceof WildcardType w) {
            Stream.concat(Arrays.stream(w.getUpperBounds()), Arrays.stream(w.getLowerBounds()))
                    .forEach(a -> classesOf(a, into));
        } else if (t instanceof GenericArrayType a) {
            classesOf(a.getGenericComponentType(), into);
        } else if (t instanceof TypeVariable<?> v) {
            Arrays.stream(v.getBounds()).forEach(b -> classesOf(b, into));
        }
    }

    private static boolean isOurs(Class<?> c) {
        return c.getName().startsWith("dev.strata.") && isVisible(c);
    }

    private static boolean isPublic(Class<?> c) {
        return Modifier.isPublic(c.getModifiers());
    }

    /** Public, and nested only in public types. */
    private static boolean isVisible(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!isPublic(k) || k.isAnonymousClass() || k.isLocalClass() || k.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    /** Every class of strata-core's main output, read from the folder (or jar) {@link Strata} came from. */
    private static List<Class<?>> coreClasses() {
        Path root;
        try {
            root = Path.of(Strata.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (!name.endsWith("package-info")) {
                    out.add(Class.forName(name, false, Strata.class.getClassLoader()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
