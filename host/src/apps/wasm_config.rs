//! The OCI config blob of an app artifact (`application/vnd.wasm.config.v0+json`, the shape of
//! oci-wasm's `WasmConfig`), written deterministically: `created` comes from `SOURCE_DATE_EPOCH`
//! or is the Unix epoch, and the fields have a fixed order, so pushing the same artifact twice
//! gives the same config and manifest digests.

use oci_client::client::Config;
use oci_wasm::{ToConfig, WASM_MANIFEST_CONFIG_MEDIA_TYPE};

/// The Wasm config blob, deterministic: `created` is `SOURCE_DATE_EPOCH` or the Unix epoch, so
/// the same artifact always gives the same config and manifest digests.
pub(crate) struct AppConfig(pub(crate) Vec<u8>);

impl AppConfig {
    pub(crate) fn new(layer_digest: &str, modules: Vec<String>) -> AppConfig {
        let epoch = std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|s| s.trim().parse::<i64>().ok()).unwrap_or(0);
        // Structs, not `json!`: the field order (and so the digest) does not depend on the
        // serde_json features the build unifies.
        #[derive(serde::Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Json<'a> {
            created: String,
            author: Option<&'a str>,
            architecture: &'a str,
            os: &'a str,
            layer_digests: [&'a str; 1],
            component: Component,
        }
        #[derive(serde::Serialize)]
        struct Component {
            exports: Vec<String>,
            imports: Vec<String>,
            target: Option<String>,
        }
        let config = Json {
            created: rfc3339(epoch),
            author: None,
            architecture: "wasm",
            os: "wasip2",
            layer_digests: [layer_digest],
            component: Component { exports: modules, imports: Vec::new(), target: None },
        };
        AppConfig(serde_json::to_vec(&config).unwrap_or_default())
    }
}

impl ToConfig for AppConfig {
    fn to_config(&self) -> anyhow::Result<Config> {
        Ok(Config {
            data: self.0.clone().into(),
            media_type: WASM_MANIFEST_CONFIG_MEDIA_TYPE.into(),
            annotations: None,
        })
    }
}

/// `seconds` since the Unix epoch as `YYYY-MM-DDTHH:MM:SSZ` (proleptic Gregorian, UTC).
pub(crate) fn rfc3339(seconds: i64) -> String {
    let (days, secs) = (seconds.div_euclid(86_400), seconds.rem_euclid(86_400));
    let (year, month, day) = temper_odata_query::sql::civil_from_unix_days(days);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z", secs / 3600, secs % 3600 / 60, secs % 60)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn config_is_deterministic_and_a_wasm_config() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_700_000_000), "2023-11-14T22:13:20Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        let a = AppConfig::new("sha256:00", vec!["payments".into()]);
        assert_eq!(a.0, AppConfig::new("sha256:00", vec!["payments".into()]).0);
        let parsed = oci_wasm::WasmConfig::try_from(a.0.as_slice()).unwrap();
        assert_eq!(parsed.os, "wasip2");
        assert_eq!(parsed.component.unwrap().exports, ["payments"]);
        if std::env::var_os("SOURCE_DATE_EPOCH").is_none() {
            assert_eq!(
                String::from_utf8(a.0).unwrap(),
                r#"{"created":"1970-01-01T00:00:00Z","author":null,"architecture":"wasm","os":"wasip2","layerDigests":["sha256:00"],"component":{"exports":["payments"],"imports":[],"target":null}}"#
            );
        }
    }
}
