//! The public repository over HTTP: the secretariat makes, publishes and withdraws
//! resources; anyone lists, reads, downloads (`/resources/{id}/file`, with an ETag) and
//! follows the Atom feed (`/feed.atom`).

use super::attachments::read_upload;
use super::{body, Body};
use crate::domain::resources::Draft;
use crate::services::resources::{
    self, Asked, Catalogue, NewResource as Made, Query, ResourceView, Source,
};
use crate::web::error::ApiError;
use crate::web::guards::{ApiActor, ClientAddr, PublicBase};
use crate::web::AppState;
use rocket::form::{Errors, Form};
use rocket::fs::TempFile;
use rocket::http::{ContentType, Header, Status};
use rocket::request::{FromRequest, Outcome, Request};
use rocket::serde::json::Json;
use rocket::State;
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;
use uuid::Uuid;

/// A title or description: one text (in the file's language) or one per language.
#[derive(Deserialize, Default)]
#[serde(untagged)]
pub enum Texts {
    #[default]
    None,
    One(String),
    Many(BTreeMap<String, String>),
}

impl Texts {
    fn by_language(self, language: &str) -> BTreeMap<String, String> {
        match self {
            Texts::None => BTreeMap::new(),
            Texts::One(t) => BTreeMap::from([(language.to_string(), t)]),
            Texts::Many(m) => m,
        }
    }
}

#[derive(Deserialize)]
pub struct NewResource {
    kind: String,
    summary: Option<Uuid>,
    attachment: Option<Uuid>,
    #[serde(default)]
    title: Texts,
    #[serde(default)]
    description: Texts,
    #[serde(default)]
    licence: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    hazards: Vec<String>,
    #[serde(default)]
    member_states: Vec<String>,
    year: Option<i32>,
    supersedes: Option<Uuid>,
}

fn draft(
    title: Texts,
    description: Texts,
    licence: String,
    language: String,
    hazards: Vec<String>,
    member_states: Vec<String>,
    year: Option<i32>,
) -> Draft {
    Draft {
        titles: title.by_language(&language),
        descriptions: description.by_language(&language),
        licence,
        year: year.unwrap_or_else(resources::this_year),
        language,
        member_states,
        hazards,
    }
}

/// `POST /api/v1/resources` (JSON): from a summary or an attachment → 201, unpublished.
#[rocket::post("/resources", format = "json", data = "<req>")]
pub async fn create(
    state: &State<AppState>,
    who: ApiActor,
    addr: ClientAddr,
    req: Body<'_, NewResource>,
) -> Result<(Status, Json<ResourceView>), ApiError> {
    let r = body(req)?;
    let source = match (r.kind.as_str(), r.summary, r.attachment) {
        ("summary", Some(id), _) => Source::Summary(id),
        ("attachment", _, Some(id)) => Source::Attachment(id),
        ("document", _, _) => {
            return Err(ApiError::bad_request(
                "a document is sent as multipart/form-data with its file",
            ))
        }
        _ => {
            return Err(ApiError::bad_request(
                "kind: summary (with summary) or attachment (with attachment)",
            ))
        }
    };
    let d = draft(
        r.title,
        r.description,
        r.licence,
        r.language,
        r.hazards,
        r.member_states,
        r.year,
    );
    made(state, &who, &addr, source, d, r.supersedes).await
}

/// Makes the resource: 201 with its view.
async fn made(
    state: &AppState,
    who: &ApiActor,
    addr: &ClientAddr,
    source: Source,
    draft: Draft,
    supersedes: Option<Uuid>,
) -> Result<(Status, Json<ResourceView>), ApiError> {
    let new = Made {
        source,
        draft,
        supersedes,
    };
    let view = resources::create(
        &state.db,
        &state.forms,
        &state.blobs,
        &who.0,
        new,
        addr.as_deref(),
    )
    .await?;
    Ok((Status::Created, Json(view)))
}

#[derive(rocket::FromForm)]
pub struct DocumentForm<'r> {
    file: TempFile<'r>,
    #[field(default = String::new())]
    title: String,
    #[field(default = String::new())]
    description: String,
    #[field(default = String::new())]
    licence: String,
    #[field(default = String::new())]
    language: String,
    hazards: Vec<String>,
    member_states: Vec<String>,
    year: Option<i32>,
    supersedes: Option<String>,
}

/// `POST /api/v1/resources` (multipart): a document the secretariat uploads → 201.
#[rocket::post(
    "/resources",
    format = "multipart/form-data",
    data = "<form>",
    rank = 2
)]
pub async fn create_document(
    state: &State<AppState>,
    who: ApiActor,
    addr: ClientAddr,
    form: Result<Form<DocumentForm<'_>>, Errors<'_>>,
) -> Result<(Status, Json<ResourceView>), ApiError> {
    let f = form
        .map_err(|errors| {
            let status = errors.status();
            if status == Status::PayloadTooLarge {
                ApiError::for_status(status)
            } else {
                ApiError::bad_request(errors.to_string())
            }
        })?
        .into_inner();
    let supersedes = match f.supersedes.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(s) => Some(
            Uuid::parse_str(s)
                .map_err(|_| ApiError::bad_request("supersedes: not a resource id"))?,
        ),
    };
    let (filename, bytes) = read_upload(&f.file).await.map_err(|e| {
        log::error!("reading an upload: {e}");
        ApiError::for_status(Status::InternalServerError)
    })?;
    let d = draft(
        Texts::One(f.title),
        Texts::One(f.description),
        f.licence,
        f.language,
        f.hazards,
        f.member_states,
        f.year,
    );
    let source = Source::Document { bytes, filename };
    made(state, &who, &addr, source, d, supersedes).await
}

/// `POST /api/v1/resources/{id}/publish` → 200 `{published_at, …}`.
#[rocket::post("/resources/<id>/publish")]
pub async fn publish(
    state: &State<AppState>,
    who: ApiActor,
    addr: ClientAddr,
    id: Uuid,
) -> Result<Json<ResourceView>, ApiError> {
    Ok(Json(
        resources::publish(
            &state.db,
            &state.forms,
            &state.catalogue,
            &who.0,
            id,
            addr.as_deref(),
        )
        .await?,
    ))
}

#[derive(Deserialize)]
pub struct Withdrawal {
    #[serde(default)]
    reason: String,
}

/// `POST /api/v1/resources/{id}/withdraw` `{reason}` → 200.
#[rocket::post("/resources/<id>/withdraw", data = "<req>")]
pub async fn withdraw(
    state: &State<AppState>,
    who: ApiActor,
    addr: ClientAddr,
    id: Uuid,
    req: Body<'_, Withdrawal>,
) -> Result<Json<ResourceView>, ApiError> {
    let r = body(req)?;
    Ok(Json(
        resources::withdraw(
            &state.db,
            &state.forms,
            &state.catalogue,
            &who.0,
            id,
            &r.reason,
            addr.as_deref(),
        )
        .await?,
    ))
}

/// `GET /api/v1/resources/{id}`: anyone, for a published one; the secretariat, any.
#[rocket::get("/resources/<id>")]
pub async fn show(
    state: &State<AppState>,
    who: Option<ApiActor>,
    id: Uuid,
) -> Result<Json<ResourceView>, ApiError> {
    let actor = who.as_ref().map(|w| &w.0);
    Ok(Json(resources::get(&state.db, actor, id).await?))
}

/// `GET /api/v1/resources?q=&kind=&member_state=&hazard=&language=&year=&licence=&page=`.
#[rocket::get("/resources?<asked..>")]
pub async fn list(state: &State<AppState>, asked: Asked) -> Result<Json<Catalogue>, ApiError> {
    let query = Query::from(asked);
    let (page, _) = state.catalogue.page(&state.db, &query).await?;
    Ok(Json(Catalogue::clone(&page)))
}

/// The `If-None-Match` header of a request, if any.
pub struct IfNoneMatch(Option<String>);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for IfNoneMatch {
    type Error = ();

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, ()> {
        Outcome::Success(IfNoneMatch(
            req.headers().get_one("If-None-Match").map(str::to_string),
        ))
    }
}

/// A published file, or 304 when the client already has these bytes.
pub enum FileResponse {
    Body {
        bytes: Vec<u8>,
        media_type: String,
        etag: String,
        disposition: String,
    },
    NotModified(String),
}

impl<'r> rocket::response::Responder<'r, 'static> for FileResponse {
    fn respond_to(self, _: &'r Request<'_>) -> rocket::response::Result<'static> {
        // Revalidated on every use: a withdrawal takes effect at once, and an unchanged
        // file costs a 304.
        let cache = Header::new("Cache-Control", "public, no-cache");
        match self {
            FileResponse::Body {
                bytes,
                media_type,
                etag,
                disposition,
            } => rocket::Response::build()
                .header(ContentType::parse_flexible(&media_type).unwrap_or(ContentType::Binary))
                .header(Header::new("ETag", etag))
                .header(Header::new("Content-Disposition", disposition))
                .header(cache)
                .sized_body(bytes.len(), std::io::Cursor::new(bytes))
                .ok(),
            FileResponse::NotModified(etag) => rocket::Response::build()
                .status(Status::NotModified)
                .header(Header::new("ETag", etag))
                .header(cache)
                .ok(),
        }
    }
}

/// `GET /resources/{id}/file`: the file with its `ETag` (its SHA-256); 304 on a matching
/// `If-None-Match`; 410 once withdrawn; 404 when not published.
#[rocket::get("/resources/<id>/file")]
pub async fn file(
    state: &State<AppState>,
    id: Uuid,
    if_none_match: IfNoneMatch,
) -> Result<FileResponse, ApiError> {
    let view = resources::get(&state.db, None, id).await?;
    let etag = format!("\"{}\"", view.sha256);
    let matches = if_none_match.0.as_deref().is_some_and(|h| {
        h.split(',')
            .any(|t| t.trim().trim_start_matches("W/") == etag)
    });
    if matches && view.withdrawn_at.is_none() {
        return Ok(FileResponse::NotModified(etag));
    }
    let (r, bytes) = resources::file(&state.db, &state.blobs, id, true).await?;
    let name: String = r
        .filename
        .chars()
        .map(|c| if c.is_ascii() && c != '"' { c } else { '_' })
        .collect();
    Ok(FileResponse::Body {
        bytes,
        media_type: r.media_type,
        etag,
        disposition: format!("attachment; filename=\"{name}\""),
    })
}

fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn first_text(v: &Value) -> String {
    ["en", "es", "fr", "pt"]
        .iter()
        .find_map(|l| v.get(l).and_then(Value::as_str))
        .unwrap_or_default()
        .to_string()
}

/// `GET /feed.atom`: the published resources, newest first (RFC 4287).
#[rocket::get("/feed.atom")]
pub async fn feed(
    state: &State<AppState>,
    base: PublicBase,
) -> Result<(ContentType, String), ApiError> {
    let items = resources::newest(&state.db, 50).await?;
    // Atom ids and links are absolute: the configured address, else the request's host.
    let base = base.0.trim_end_matches('/').to_string();
    let updated = items
        .iter()
        .filter_map(|i| i.published_at)
        .max()
        .unwrap_or_else(|| chrono::DateTime::<chrono::Utc>::from(std::time::UNIX_EPOCH));
    let title = state.i18n.t(crate::i18n::Lang::En, "feed-title");
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n\
         <title>{}</title>\n<id>urn:portplans:feed</id>\n<updated>{}</updated>\n\
         <link rel=\"self\" href=\"{}/feed.atom\"/>\n<author><name>{}</name></author>\n",
        xml(&title),
        updated.to_rfc3339(),
        xml(&base),
        xml(&state.i18n.t(crate::i18n::Lang::En, "pdf-org")),
    );
    for i in items {
        let published = i.published_at.unwrap_or(i.created_at).to_rfc3339();
        let updated = i.withdrawn_at.map_or(published.clone(), |w| w.to_rfc3339());
        out.push_str(&format!(
            "<entry>\n<id>urn:uuid:{}</id>\n<title>{}</title>\n<published>{published}</published>\n\
             <updated>{updated}</updated>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}/resources/{}\"/>\n\
             <link rel=\"alternate\" type=\"application/json\" href=\"{}/api/v1/resources/{}\"/>\n\
             <link rel=\"enclosure\" type=\"{}\" length=\"{}\" href=\"{}{}\"/>\n<summary>{}</summary>\n</entry>\n",
            i.id,
            xml(&first_text(&i.titles)),
            xml(&base),
            i.id,
            xml(&base),
            i.id,
            xml(&i.media_type),
            i.size,
            xml(&base),
            xml(&i.download_url),
            xml(&first_text(&i.descriptions)),
        ));
    }
    out.push_str("</feed>\n");
    Ok((
        ContentType::new("application", "atom+xml").with_params(("charset", "utf-8")),
        out,
    ))
}

/// The EU's authority code of a language, as DCAT-AP names languages.
fn language_uri(code: &str) -> String {
    let c = match code {
        "es" => "SPA",
        "fr" => "FRA",
        "pt" => "POR",
        _ => "ENG",
    };
    format!("http://publications.europa.eu/resource/authority/language/{c}")
}

fn texts(v: &Value) -> Value {
    Value::Array(
        ["en", "es", "fr", "pt"]
            .iter()
            .filter_map(|l| {
                let t = v.get(l)?.as_str()?;
                Some(serde_json::json!({"@value": t, "@language": l}))
            })
            .collect(),
    )
}

/// `GET /catalog.jsonld`: the published resources as a DCAT-AP catalogue in JSON-LD, for
/// data portals to harvest.
#[rocket::get("/catalog.jsonld")]
pub async fn catalog(
    state: &State<AppState>,
    base: PublicBase,
) -> Result<(ContentType, String), ApiError> {
    use serde_json::json;
    let items = resources::newest(&state.db, 100_000).await?;
    // Absolute IRIs: a relative one names nothing in RDF and would be dropped.
    let base = base.0.trim_end_matches('/').to_string();
    let i18n = &state.i18n;
    let per_language = |key: &str| {
        Value::Array(
            crate::i18n::LANGS
                .iter()
                .map(|l| json!({"@value": i18n.t(*l, key), "@language": l.code()}))
                .collect(),
        )
    };
    let datasets: Vec<Value> = items
        .iter()
        .map(|r| {
            let mut d = json!({
                "@id": format!("{base}/resources/{}", r.id),
                "@type": "dcat:Dataset",
                "dct:identifier": r.id.to_string(),
                "dct:title": texts(&r.titles),
                "dct:description": texts(&r.descriptions),
                "dct:language": {"@id": language_uri(&r.language)},
                "dct:temporal": {"@value": r.year.to_string(), "@type": "xsd:gYear"},
                "dcat:keyword": r.hazards,
                "dct:spatial": r.member_states.iter().map(|c| json!({"@id": format!("http://publications.europa.eu/resource/authority/country/{c}")})).collect::<Vec<_>>(),
                "dcat:distribution": [{
                    "@type": "dcat:Distribution",
                    "dcat:downloadURL": {"@id": format!("{base}{}", r.download_url)},
                    "dcat:accessURL": {"@id": format!("{base}/resources/{}", r.id)},
                    "dcat:mediaType": {"@id": format!("http://www.iana.org/assignments/media-types/{}", r.media_type)},
                    "dcat:byteSize": {"@value": r.size.to_string(), "@type": "xsd:nonNegativeInteger"},
                    "spdx:checksum": {
                        "@type": "spdx:Checksum",
                        "spdx:algorithm": {"@id": "spdx:checksumAlgorithm_sha256"},
                        "spdx:checksumValue": r.sha256,
                    },
                }],
            });
            if let Some(p) = r.published_at {
                d["dct:issued"] = json!({"@value": p.to_rfc3339(), "@type": "xsd:dateTime"});
            }
            if let Some(uri) = crate::domain::licences::uri(&r.licence) {
                d["dct:license"] = json!({"@id": uri});
                d["dcat:distribution"][0]["dct:license"] = json!({"@id": uri});
            }
            d
        })
        .collect();
    let doc = json!({
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "spdx": "http://spdx.org/rdf/terms#",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
        },
        "@id": format!("{base}/catalog.jsonld"),
        "@type": "dcat:Catalog",
        "dct:title": per_language("repo-title"),
        "dct:description": per_language("repo-intro"),
        "dct:publisher": {"@type": "foaf:Agent", "foaf:name": i18n.t(crate::i18n::Lang::En, "pdf-org")},
        "foaf:homepage": {"@id": format!("{base}/resources")},
        "dcat:dataset": datasets,
    });
    Ok((
        ContentType::new("application", "ld+json"),
        serde_json::to_string_pretty(&doc).map_err(|e| {
            log::error!("catalogue: {e}");
            ApiError::for_status(Status::InternalServerError)
        })?,
    ))
}
