//! The sample articles bundled into the binary (the files of `samples/`).

include!(concat!(env!("OUT_DIR"), "/samples.rs"));
