//! Embeds every file in `samples/` into the binary, so `onrecord` with no
//! arguments works from any directory.

use std::{env, fs, path::Path};

fn main() {
    let dir = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap_or_default()).join("samples");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut names: Vec<_> = fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_file())
                .filter(|p| {
                    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
                    !name.starts_with('.') && name != "README.md"
                })
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut out = String::from(
        "/// `(file name, contents)` of every bundled sample.\npub const SAMPLES: &[(&str, &str)] = &[\n",
    );
    for path in &names {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        out.push_str(&format!("    ({name:?}, include_str!({:?})),\n", path.display().to_string()));
    }
    out.push_str("];\n");
    let out_path = Path::new(&env::var("OUT_DIR").unwrap_or_default()).join("samples.rs");
    if let Err(e) = fs::write(&out_path, out) {
        panic!("cannot write {}: {e}", out_path.display());
    }
}
