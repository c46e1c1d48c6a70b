/*
 * A small C program on librdkafka (Debian librdkafka-dev 2.0.2) for the compat suites; prints one JSON document.
 *
 * usage: rdkafka_compat COMMAND BOOTSTRAP ARGS... [PROP=VALUE ...]
 *   produce TOPIC                          < record lines          -> {"delivered": [{"partition","offset","error"}]}
 *   transaction TOPIC commit|abort         < record lines          -> same, inside one transaction (needs transactional.id)
 *   consume TOPIC PARTITION OFFSET COUNT                          -> {"records": [RECORD + offset]}
 *   group GROUP TOPIC                                             -> {"records": [[p, o, value_hex]], "assignments": [[p...]...]}
 *   offsets-for-time TOPIC PARTITION TIMESTAMP_MS                  -> {"offset": n}
 *
 * A record line is `PARTITION TIMESTAMP KEY VALUE [NAME=VALUE ...]`: PARTITION -1 lets the partitioner choose,
 * TIMESTAMP -1 lets the producer stamp; KEY, VALUE, header NAME and VALUE are hex, `-` for null, `~` for empty.
 * RECORD is the compat suites' JSON record (hex bytes, null kept). PROP=VALUE are librdkafka properties, except
 * ready_file=<path> and idle_ms=<n>, which are ours. OFFSET is a number, `beginning` or `end`.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <librdkafka/rdkafka.h>

static const char *ready_file;
static int idle_ms = 5000;

static void die(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("error: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  exit(1);
}

static int64_t now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static rd_kafka_conf_t *make_conf(int argc, char **argv, int first_prop) {
  char err[512];
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  for (int i = first_prop; i < argc; i++) {
    char *eq = strchr(argv[i], '=');
    if (eq == NULL) die("expected PROP=VALUE, got %s", argv[i]);
    *eq = '\0';
    const char *name = argv[i], *value = eq + 1;
    if (strcmp(name, "ready_file") == 0) ready_file = value;
    else if (strcmp(name, "idle_ms") == 0) idle_ms = atoi(value);
    else if (rd_kafka_conf_set(conf, name, value, err, sizeof err) != RD_KAFKA_CONF_OK) die("%s", err);
  }
  return conf;
}

static void set(rd_kafka_conf_t *conf, const char *name, const char *value) {
  char err[512];
  if (rd_kafka_conf_set(conf, name, value, err, sizeof err) != RD_KAFKA_CONF_OK) die("%s", err);
}

/* ---- hex fields ---------------------------------------------------------------------------------------- */

/* Decodes a field into a malloc'd buffer; returns NULL for `-` (null), a zero-length buffer for `~`. */
static unsigned char *unhex(const char *s, size_t *len) {
  if (strcmp(s, "-") == 0) {
    *len = 0;
    return NULL;
  }
  if (strcmp(s, "~") == 0) s = "";
  size_t n = strlen(s) / 2;
  unsigned char *out = malloc(n + 1);
  for (size_t i = 0; i < n; i++) {
    unsigned int byte;
    if (sscanf(s + 2 * i, "%2x", &byte) != 1) die("bad hex %s", s);
    out[i] = (unsigned char)byte;
  }
  *len = n;
  return out;
}

static void print_hex(const void *data, size_t len) {
  if (data == NULL) {
    fputs("null", stdout);
    return;
  }
  putchar('"');
  for (size_t i = 0; i < len; i++) printf("%02x", ((const unsigned char *)data)[i]);
  putchar('"');
}

/* ---- produce ------------------------------------------------------------------------------------------- */

struct delivery {
  int32_t partition;
  int64_t offset;
  rd_kafka_resp_err_t err;
};

static struct delivery *deliveries;
static int delivered_count;

static void on_delivery(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque) {
  (void)rk;
  (void)opaque;
  struct delivery *d = &deliveries[(intptr_t)m->_private];
  d->partition = m->partition;
  d->offset = m->offset;
  d->err = m->err;
  delivered_count++;
}

static int produce_lines(rd_kafka_t *rk, const char *topic) {
  char line[1 << 20];
  int count = 0, capacity = 64;
  deliveries = calloc(capacity, sizeof *deliveries);
  while (fgets(line, sizeof line, stdin) != NULL) {
    char *save = NULL;
    char *partition = strtok_r(line, " \n", &save);
    if (partition == NULL) continue;
    char *ts = strtok_r(NULL, " \n", &save), *key_hex = strtok_r(NULL, " \n", &save), *value_hex = strtok_r(NULL, " \n", &save);
    if (ts == NULL || key_hex == NULL || value_hex == NULL) die("bad record line");
    size_t key_len, value_len;
    unsigned char *key = unhex(key_hex, &key_len), *value = unhex(value_hex, &value_len);
    rd_kafka_headers_t *headers = rd_kafka_headers_new(4);
    for (char *h; (h = strtok_r(NULL, " \n", &save)) != NULL;) {
      char *eq = strchr(h, '=');
      if (eq == NULL) die("bad header %s", h);
      *eq = '\0';
      size_t name_len, hv_len;
      unsigned char *name = unhex(h, &name_len), *hv = unhex(eq + 1, &hv_len);
      rd_kafka_header_add(headers, (const char *)name, (ssize_t)name_len, hv, (ssize_t)hv_len);
      free(name);
      free(hv);
    }
    if (count == capacity) deliveries = realloc(deliveries, (capacity *= 2) * sizeof *deliveries);
    deliveries[count].err = RD_KAFKA_RESP_ERR__IN_PROGRESS;
    int64_t timestamp = strtoll(ts, NULL, 10);
    size_t key_size = key == NULL ? 0 : key_len, value_size = value == NULL ? 0 : value_len;
    rd_kafka_resp_err_t err;
    do {
      err = rd_kafka_producev(rk, RD_KAFKA_V_TOPIC(topic), RD_KAFKA_V_PARTITION(atoi(partition)),
                              RD_KAFKA_V_KEY(key, key_size), RD_KAFKA_V_VALUE(value, value_size),
                              RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_TIMESTAMP(timestamp < 0 ? 0 : timestamp),
                              RD_KAFKA_V_HEADERS(headers), RD_KAFKA_V_OPAQUE((void *)(intptr_t)count), RD_KAFKA_V_END);
      if (err == RD_KAFKA_RESP_ERR__QUEUE_FULL) rd_kafka_poll(rk, 100);
    } while (err == RD_KAFKA_RESP_ERR__QUEUE_FULL);
    if (err) die("produce: %s", rd_kafka_err2str(err));
    free(key);
    free(value);
    count++;
    rd_kafka_poll(rk, 0);
  }
  return count;
}

static void print_deliveries(int count) {
  printf("{\"delivered\":[");
  for (int i = 0; i < count; i++) {
    printf("%s{\"partition\":%" PRId32 ",\"offset\":%" PRId64 ",\"error\":", i ? "," : "", deliveries[i].partition, deliveries[i].offset);
    if (deliveries[i].err) printf("\"%s\"}", rd_kafka_err2name(deliveries[i].err));
    else printf("null}");
  }
  printf("]}\n");
}

static rd_kafka_t *new_producer(rd_kafka_conf_t *conf, const char *bootstrap) {
  char err[512];
  set(conf, "bootstrap.servers", bootstrap);
  set(conf, "client.id", "compat-librdkafka-c");
  set(conf, "linger.ms", "5");
  rd_kafka_conf_set_dr_msg_cb(conf, on_delivery);
  rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
  if (rk == NULL) die("%s", err);
  return rk;
}

static void check_error(rd_kafka_error_t *error, const char *what) {
  if (error == NULL) return;
  die("%s: %s (%s)", what, rd_kafka_error_string(error), rd_kafka_error_name(error));
}

static void cmd_produce(const char *bootstrap, const char *topic, rd_kafka_conf_t *conf, const char *txn) {
  rd_kafka_t *rk = new_producer(conf, bootstrap);
  if (txn != NULL) {
    check_error(rd_kafka_init_transactions(rk, 20000), "init_transactions");
    check_error(rd_kafka_begin_transaction(rk), "begin_transaction");
  }
  int count = produce_lines(rk, topic);
  if (txn != NULL && strcmp(txn, "commit") == 0) check_error(rd_kafka_commit_transaction(rk, 30000), "commit_transaction");
  else if (txn != NULL) {
    /* Abort only once every record is on the broker, so the abort marker has data to cover. */
    rd_kafka_flush(rk, 30000);
    check_error(rd_kafka_abort_transaction(rk, 30000), "abort_transaction");
  }
  if (rd_kafka_flush(rk, 30000) != RD_KAFKA_RESP_ERR_NO_ERROR) die("%d records not delivered within 30 s", count - delivered_count);
  print_deliveries(count);
  rd_kafka_destroy(rk);
}

/* ---- consume ------------------------------------------------------------------------------------------- */

static void print_record(const rd_kafka_message_t *m, int first) {
  rd_kafka_timestamp_type_t type;
  int64_t ts = rd_kafka_message_timestamp(m, &type);
  printf("%s{\"partition\":%" PRId32 ",\"offset\":%" PRId64 ",\"timestamp\":%" PRId64 ",\"key\":", first ? "" : ",", m->partition, m->offset,
         type == RD_KAFKA_TIMESTAMP_NOT_AVAILABLE ? -1 : ts);
  print_hex(m->key, m->key_len);
  printf(",\"value\":");
  print_hex(m->payload, m->len);
  printf(",\"headers\":[");
  rd_kafka_headers_t *headers = NULL;
  if (rd_kafka_message_headers(m, &headers) == RD_KAFKA_RESP_ERR_NO_ERROR) {
    const char *name;
    const void *value;
    size_t size;
    for (size_t i = 0; rd_kafka_header_get_all(headers, i, &name, &value, &size) == RD_KAFKA_RESP_ERR_NO_ERROR; i++) {
      printf("%s[\"", i ? "," : "");
      /* Names are printed as JSON strings: the suites' names are printable UTF-8 without quotes or backslashes. */
      fputs(name, stdout);
      printf("\",");
      print_hex(value, size);
      printf("]");
    }
  }
  printf("]}");
}

static rd_kafka_t *new_consumer(rd_kafka_conf_t *conf, const char *bootstrap, const char *group) {
  char err[512];
  set(conf, "bootstrap.servers", bootstrap);
  set(conf, "client.id", "compat-librdkafka-c");
  set(conf, "group.id", group);
  rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof err);
  if (rk == NULL) die("%s", err);
  rd_kafka_poll_set_consumer(rk);
  return rk;
}

static int64_t start_offset(const char *s) {
  if (strcmp(s, "beginning") == 0) return RD_KAFKA_OFFSET_BEGINNING;
  if (strcmp(s, "end") == 0) return RD_KAFKA_OFFSET_END;
  return strtoll(s, NULL, 10);
}

static void cmd_consume(const char *bootstrap, char **args, rd_kafka_conf_t *conf) {
  /* group.id is only a name here: assign() uses no group, and nothing is committed. */
  set(conf, "enable.auto.commit", "false");
  rd_kafka_t *rk = new_consumer(conf, bootstrap, "compat-unused");
  int count = atoi(args[3]);
  rd_kafka_topic_partition_list_t *parts = rd_kafka_topic_partition_list_new(1);
  rd_kafka_topic_partition_list_add(parts, args[0], atoi(args[1]))->offset = start_offset(args[2]);
  rd_kafka_resp_err_t err = rd_kafka_assign(rk, parts);
  if (err) die("assign: %s", rd_kafka_err2str(err));
  rd_kafka_topic_partition_list_destroy(parts);
  printf("{\"records\":[");
  int n = 0;
  int64_t last = now_ms();
  while (n < count && now_ms() - last < idle_ms) {
    rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 100);
    if (m == NULL) continue;
    if (m->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
      rd_kafka_message_destroy(m);
      continue;
    }
    if (m->err) die("consume: %s", rd_kafka_message_errstr(m));
    print_record(m, n == 0);
    n++;
    last = now_ms();
    rd_kafka_message_destroy(m);
  }
  printf("]}\n");
  rd_kafka_consumer_close(rk);
  rd_kafka_destroy(rk);
}

/* ---- group --------------------------------------------------------------------------------------------- */

static char assignments[8192] = "";
static int assigned_once;

static void on_rebalance(rd_kafka_t *rk, rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t *parts, void *opaque) {
  (void)opaque;
  if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
    size_t len = strlen(assignments);
    len += snprintf(assignments + len, sizeof assignments - len, "%s[", assigned_once ? "," : "");
    for (int i = 0; i < parts->cnt; i++) len += snprintf(assignments + len, sizeof assignments - len, "%s%" PRId32, i ? "," : "", parts->elems[i].partition);
    snprintf(assignments + len, sizeof assignments - len, "]");
    assigned_once = 1;
    rd_kafka_assign(rk, parts);
    if (ready_file != NULL) {
      FILE *f = fopen(ready_file, "w");
      if (f != NULL) fclose(f);
    }
  } else {
    rd_kafka_assign(rk, NULL);
  }
}

static void cmd_group(const char *bootstrap, char **args, rd_kafka_conf_t *conf) {
  set(conf, "auto.offset.reset", "earliest");
  set(conf, "auto.commit.interval.ms", "100");
  set(conf, "heartbeat.interval.ms", "500");
  rd_kafka_conf_set_rebalance_cb(conf, on_rebalance);
  rd_kafka_t *rk = new_consumer(conf, bootstrap, args[0]);
  rd_kafka_topic_partition_list_t *topics = rd_kafka_topic_partition_list_new(1);
  rd_kafka_topic_partition_list_add(topics, args[1], RD_KAFKA_PARTITION_UA);
  rd_kafka_resp_err_t err = rd_kafka_subscribe(rk, topics);
  if (err) die("subscribe: %s", rd_kafka_err2str(err));
  rd_kafka_topic_partition_list_destroy(topics);
  printf("{\"records\":[");
  int n = 0;
  int64_t started = now_ms(), last = now_ms();
  for (;;) {
    if (!assigned_once && now_ms() - started > 30000) die("no assignment within 30 s");
    if (assigned_once && now_ms() - last > idle_ms) break;
    rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 100);
    if (m == NULL) continue;
    if (m->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
      printf("%s[%" PRId32 ",%" PRId64 ",", n++ ? "," : "", m->partition, m->offset);
      print_hex(m->payload, m->len);
      printf("]");
      last = now_ms();
    } else if (m->err != RD_KAFKA_RESP_ERR__PARTITION_EOF) {
      fprintf(stderr, "consumer error: %s\n", rd_kafka_message_errstr(m));
    }
    rd_kafka_message_destroy(m);
  }
  /* Closing commits the stored offsets and leaves the group. */
  rd_kafka_consumer_close(rk);
  printf("],\"assignments\":[%s]}\n", assignments);
  rd_kafka_destroy(rk);
}

/* ---- offsets for time ---------------------------------------------------------------------------------- */

static void cmd_offsets_for_time(const char *bootstrap, char **args, rd_kafka_conf_t *conf) {
  rd_kafka_t *rk = new_consumer(conf, bootstrap, "compat-unused");
  rd_kafka_topic_partition_list_t *parts = rd_kafka_topic_partition_list_new(1);
  rd_kafka_topic_partition_list_add(parts, args[0], atoi(args[1]))->offset = strtoll(args[2], NULL, 10);
  rd_kafka_resp_err_t err = rd_kafka_offsets_for_times(rk, parts, 15000);
  if (err) die("offsets_for_times: %s", rd_kafka_err2str(err));
  if (parts->elems[0].err) die("offsets_for_times: %s", rd_kafka_err2str(parts->elems[0].err));
  printf("{\"offset\":%" PRId64 "}\n", parts->elems[0].offset);
  rd_kafka_topic_partition_list_destroy(parts);
  rd_kafka_destroy(rk);
}

int main(int argc, char **argv) {
  if (argc < 4) die("usage: rdkafka_compat COMMAND BOOTSTRAP ARGS... [PROP=VALUE ...]");
  const char *command = argv[1], *bootstrap = argv[2];
  char **args = argv + 3;
  if (strcmp(command, "produce") == 0) cmd_produce(bootstrap, args[0], make_conf(argc, argv, 4), NULL);
  else if (strcmp(command, "transaction") == 0 && argc >= 5) cmd_produce(bootstrap, args[0], make_conf(argc, argv, 5), args[1]);
  else if (strcmp(command, "consume") == 0 && argc >= 7) cmd_consume(bootstrap, args, make_conf(argc, argv, 7));
  else if (strcmp(command, "group") == 0 && argc >= 5) cmd_group(bootstrap, args, make_conf(argc, argv, 5));
  else if (strcmp(command, "offsets-for-time") == 0 && argc >= 6) cmd_offsets_for_time(bootstrap, args, make_conf(argc, argv, 6));
  else die("unknown command or missing arguments: %s", command);
  return 0;
}
