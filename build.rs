//! Compiles the bundled library into the binary: `scenarios/` stays the source of truth, and
//! the game, `validate` and `play` find it from any folder.

use std::fmt::Write;
use std::path::Path;

fn main() {
    // Read at run time: a build script binary reused from a shared target folder may have been
    // compiled for a clone at another path, and `env!` would point it there.
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&manifest).join("scenarios");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .expect("the scenarios/ folder")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".scenario.ron"))
        .collect();
    files.sort();
    let mut out = String::new();
    let path = |name: &str| format!("{:?}", dir.join(name).display().to_string());
    writeln!(out, "/// `scenarios/strategies.ron` as it was when this binary was built.").unwrap();
    writeln!(out, "pub const CATALOG: &str = include_str!({});", path("strategies.ron")).unwrap();
    writeln!(out, "/// Every `scenarios/*.scenario.ron` (file name, text), sorted by name.").unwrap();
    writeln!(out, "pub const SCENARIOS: &[(&str, &str)] = &[").unwrap();
    for name in &files {
        println!("cargo::rerun-if-changed={}", dir.join(name).display());
        writeln!(out, "    ({name:?}, include_str!({})),", path(name)).unwrap();
    }
    writeln!(out, "];").unwrap();
    writeln!(out, "/// Every `scenarios/i18n/<lang>/*.csv` (language, file name, text), sorted.").unwrap();
    writeln!(out, "pub const OVERLAYS: &[(&str, &str, &str)] = &[").unwrap();
    for (lang, name) in overlays(&dir) {
        let file = dir.join("i18n").join(&lang).join(&name);
        println!("cargo::rerun-if-changed={}", file.display());
        writeln!(out, "    ({lang:?}, {name:?}, include_str!({:?})),", file.display().to_string()).unwrap();
    }
    writeln!(out, "];").unwrap();
    let target = Path::new(&std::env::var("OUT_DIR").unwrap()).join("bundled.rs");
    std::fs::write(target, out).unwrap();

    // `--version` names what is built in: the catalog and the library, each with a short hash
    // of its files, so a trainer can tell two builds' content apart.
    let catalog = std::fs::read_to_string(dir.join("strategies.ron")).unwrap();
    let count = |what: &str| catalog.lines().filter(|l| l.trim_start().starts_with(what)).count();
    let mut library = String::new();
    for name in &files {
        library.push_str(name);
        library.push_str(&std::fs::read_to_string(dir.join(name)).unwrap());
    }
    println!(
        "cargo::rustc-env=HTL_BUILT_IN=catalog {} strategies, {} mistakes ({:08x}); library {} scenarios ({:08x})",
        count("Strategy("),
        count("Mistake("),
        fnv(&catalog) >> 32,
        files.len(),
        fnv(&library) >> 32
    );
}

/// (language, file name) of every overlay under `scenarios/i18n/`, sorted.
fn overlays(dir: &Path) -> Vec<(String, String)> {
    let root = dir.join("i18n");
    println!("cargo::rerun-if-changed={}", root.display());
    let names = |d: &Path| -> Vec<String> {
        let mut v: Vec<String> =
            std::fs::read_dir(d).into_iter().flatten().filter_map(|e| e.ok()?.file_name().into_string().ok()).collect();
        v.sort();
        v
    };
    let mut found = Vec::new();
    for lang in names(&root) {
        println!("cargo::rerun-if-changed={}", root.join(&lang).display());
        for name in names(&root.join(&lang)).into_iter().filter(|n| n.ends_with(".csv")) {
            found.push((lang.clone(), name));
        }
    }
    found
}

fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}
