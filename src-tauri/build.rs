//! Tauri's build step: reads the root tauri.conf.json and the capabilities in
//! src-tauri/capabilities/ (the build script runs in the package folder, the repository root).
//! With a custom capabilities path, tauri-build leaves the rebuild trigger to us: without
//! the `rerun-if-changed` below, an edited capability file is silently not compiled in.

fn main() {
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    let attributes = tauri_build::Attributes::new().capabilities_path_pattern("src-tauri/capabilities/*.json");
    tauri_build::try_build(attributes).expect("the Tauri build step failed");
}
