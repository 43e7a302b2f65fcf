//! Tauri's build step: reads the root tauri.conf.json and the capabilities in
//! src-tauri/capabilities/ (the build script runs in the package folder, the repository root).

fn main() {
    let attributes = tauri_build::Attributes::new().capabilities_path_pattern("src-tauri/capabilities/*.json");
    tauri_build::try_build(attributes).expect("the Tauri build step failed");
}
