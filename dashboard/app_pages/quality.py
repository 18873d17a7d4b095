"""Chất lượng dữ liệu: flagged documents, rejected inputs, the latest ETL runs; corrections and uploads."""

from datetime import datetime

import pandas as pd
import streamlit as st

from dashboard import data, quality_tables, ui
from dashboard.formatting import fmt_int
from dashboard.i18n import t
from dashboard.literal import escape_markdown
from dashboard.uploads import ACCEPTED, MAX_FILE_BYTES, UploadError, save_uploads
from etl.cluster_review import ReviewError, accept
from etl.corrections import FIELDS, Correction, append_correction
from etl.pipeline import DataQualityError, StorageError, run_etl

LOW_CONFIDENCE = 0.6

f = ui.page_header("page_quality", "quality_intro")
as_of = data.query("data_as_of").iloc[0]
if as_of["source"]:
    st.markdown(t(f"data_as_of_{as_of['source']}", f.lang, when=quality_tables.when_words(as_of["data_as_of"])))

st.subheader(t("last_update", f.lang))
latest = data.query("update_latest")
if latest.empty:
    st.info(t("no_update_yet", f.lang))
else:
    last = latest.iloc[0]
    for column, (key, value) in zip(
        st.columns(4),
        [(k, last[k]) for k in ("new_articles", "new_events", "fetched", "failures")],
        strict=True,
    ):
        column.metric(t(f"update_{key}", f.lang), fmt_int(value, f.lang))
    st.caption(
        t(
            "update_detail",
            f.lang,
            started=quality_tables.when_words(last["started_at"]),
            finished=quality_tables.when_words(last["finished_at"]),
            outlets=fmt_int(last["outlets"], f.lang),
            listings=fmt_int(last["listings"], f.lang),
            unchanged=fmt_int(last["listings_unchanged"], f.lang),
            stopped=fmt_int(last["stopped_hosts"], f.lang),
        )
    )
    failures = data.query("update_failures", limit=50)
    if not failures.empty:
        st.markdown(f"**{t('update_failures_title', f.lang)}**")
        st.dataframe(quality_tables.failures_view(failures, f.lang), hide_index=True, width="stretch")

st.subheader(t("flagged_docs", f.lang))
flagged = data.query("flagged_documents", min_confidence=LOW_CONFIDENCE, limit=1000)
if flagged.empty:
    st.info(t("none_flagged", f.lang))
else:
    st.dataframe(quality_tables.flagged_view(flagged, f.lang), hide_index=True, width="stretch")

st.subheader(t("rejects", f.lang))
rejects = data.query("rejects_list")
if rejects.empty:
    st.info(t("none_rejected", f.lang))
else:
    st.dataframe(quality_tables.rejects_view(rejects, f.lang), hide_index=True, width="stretch")

st.subheader(t("runs", f.lang))
st.dataframe(quality_tables.runs_view(data.query("etl_runs_list", limit=20), f.lang), hide_index=True, width="stretch")


def reload(paths: list) -> None:
    """Run the ETL on the new inputs (or none: corrections only) into the warehouse the dashboard shows."""
    try:
        summary = run_etl(
            paths, data.db_path(), progress=False, corrections_path=data.corrections_path(), parallel=False
        )
    except DataQualityError as exc:
        st.error(f"{t('load_refused', f.lang)}: {escape_markdown(exc)}")
        return
    except StorageError as exc:  # the disk full, the folder read-only: nothing changed, nothing left behind
        st.error(f"{t('load_cannot_write', f.lang)}: {escape_markdown(exc)}")
        return
    st.success(t("load_done", f.lang))
    st.text(summary.render())  # paths and reasons as plain text


if st.session_state.get("role", "analyst") != "analyst":
    st.info(t("analyst_only", f.lang))
    st.stop()

st.subheader(t("correct_title", f.lang))
with st.form("qa_correction", clear_on_submit=True):
    source_id = st.text_input(t("correct_source", f.lang), max_chars=300)
    field = st.selectbox(  # the code too: corrections.csv and the values it takes are written with it
        t("correct_field", f.lang), FIELDS, format_func=lambda v: f"{t(f'field_{v}', f.lang)} ({v})"
    )
    value = st.text_input(t("correct_value", f.lang), max_chars=2000)
    note = st.text_input(t("correct_note", f.lang), max_chars=500)
    submitted = st.form_submit_button(t("correct_save", f.lang))
if submitted:
    if not source_id.strip():
        st.warning(t("correct_need_source", f.lang))
    else:
        author = st.session_state.get("user", "dashboard")
        append_correction(
            data.corrections_path(),
            Correction(
                source_id.strip(),
                field,
                value.strip(),
                note.strip(),
                author=author,
                created_at=datetime.now().isoformat(),
            ),
        )
        st.success(t("correct_saved", f.lang))
        reload([])

st.subheader(t("cluster_queue_title", f.lang))
st.caption(t("cluster_queue_intro", f.lang))
queue = data.query("cluster_review", limit=500)
if queue.empty:
    st.info(t("cluster_queue_empty", f.lang))
else:
    st.dataframe(quality_tables.cluster_queue_view(queue, f.lang), hide_index=True, width="stretch")
    chosen = st.selectbox(
        t("cq_item", f.lang),
        range(len(queue)),
        format_func=lambda i: quality_tables.queue_choice(queue.iloc[i], f.lang),
        key="qa_cq_item",
    )
    item = queue.iloc[chosen].to_dict()
    st.markdown(f"**{t('cq_articles_behind', f.lang)}**")
    st.dataframe(
        pd.DataFrame(quality_tables.as_list(item["articles"]), columns=["title", "url"]),  # a file's: no link
        hide_index=True,
        width="stretch",
        column_config={
            "title": st.column_config.TextColumn(t("qa_col_title", f.lang)),
            "url": st.column_config.LinkColumn(t("cq_link", f.lang)),
        },
    )
    network_id = variant_of = None
    if item["kind"] == "unknown_cluster":
        if members_seen := quality_tables.as_list(item["members_seen"]):
            st.caption(escape_markdown(t("cq_members_seen", f.lang, members=", ".join(members_seen))))
        registry = data.query("cluster_registry_options")
        as_new = st.radio(
            t("cq_as", f.lang),
            [True, False],
            format_func=lambda v: t("cq_as_new" if v else "cq_as_variant", f.lang),
            horizontal=True,
            key="qa_cq_as",
        )
        if as_new:
            networks = registry.drop_duplicates("network_id")
            ids = list(networks["network_id"])
            network_id = st.selectbox(
                t("cq_network", f.lang),
                ids,
                index=ids.index(item["network_id"]) if item["network_id"] in ids else 0,  # the one its articles name
                format_func=dict(zip(networks["network_id"], networks["network"], strict=True)).__getitem__,
                key="qa_cq_network",
            )
        else:
            known = registry.dropna(subset=["cluster_id"])
            variant_of = st.selectbox(
                t("cq_variant_of", f.lang),
                list(known["cluster_id"]),
                format_func=dict(
                    zip(known["cluster_id"], known["network"] + " — " + known["cluster"], strict=True)
                ).__getitem__,
                key="qa_cq_variant",
            )
    if st.button(t("cq_accept", f.lang), key="qa_cq_accept"):
        try:
            cluster_id = accept(item, network_id=network_id, variant_of=variant_of)
        except (ReviewError, OSError) as exc:  # OSError: the reference folder cannot be written
            st.error(escape_markdown(exc))
        else:
            st.success(t("cq_accepted", f.lang, cluster_id=cluster_id))
            reload([])

st.subheader(t("upload_title", f.lang))
st.caption(t("upload_help", f.lang))
ui.localise_uploader("qa_upload", MAX_FILE_BYTES // 1024**2, f.lang)
uploaded = st.file_uploader(
    t("upload_files", f.lang),
    type=ACCEPTED,
    accept_multiple_files=True,
    key="qa_upload",
    max_upload_size=MAX_FILE_BYTES // 1024**2,  # the limit it states and checks is ours (the server's too)
)
if uploaded and st.button(t("upload_load", f.lang)):
    try:
        saved = save_uploads(
            [(u.name, u.getvalue()) for u in uploaded], data.raw_dir(), author=st.session_state.get("user", "dashboard")
        )
    except UploadError as exc:
        st.error(escape_markdown(exc))  # it names the uploaded file
    else:
        for line in saved.skipped:
            st.text(line)
        reload([saved.folder])
