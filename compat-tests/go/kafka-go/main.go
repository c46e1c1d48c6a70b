// segmentio/kafka-go 0.2.1 (Debian golang-github-segmentio-kafka-go-dev) against a broker; prints one JSON
// document. kafka-go 0.2 speaks the 0.10 protocol: Produce v2 with magic 1 message sets, Fetch v2, ListOffsets
// v1, so records carry keys, values and timestamps but no headers.
//
// usage: kafka-go BOOTSTRAP COMMAND ARGS... [OPT=VALUE ...]
//
//	produce TOPIC                      < {"records": [RECORD, ...]}   -> {"delivered": [{"partition", "offset"}]}
//	write TOPIC                        < {"records": [RECORD, ...]}   -> {"written": n}  (kafka.Writer, hash balancer)
//	consume TOPIC PARTITION OFFSET COUNT                              -> {"records": [RECORD + offset]}
//	offset-for-time TOPIC PARTITION TIMESTAMP_MS                      -> {"offset": n}
//	metadata [TOPIC ...]                                              -> {"partitions": [{"topic", "partition", "leader"}]}
//	group GROUP TOPIC                                                 -> {"records": [[p, o, value]], "assignments": [[p...]...]}
//	create-topics JSON / delete-topics JSON                           -> {"error": {"code", "message"}|null}
//
// RECORD is the compat suites' JSON record (hex bytes, null kept). OPT=VALUE: compression=none|gzip|snappy|lz4,
// ready_file=<path> and idle_ms=<n> (group).
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io/ioutil"
	"log"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	kafka "github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/gzip"
	"github.com/segmentio/kafka-go/lz4"
	"github.com/segmentio/kafka-go/snappy"
	"samsacompat"
)

func codec(opts map[string]string) kafka.CompressionCodec {
	switch opts["compression"] {
	case "", "none":
		return nil
	case "gzip":
		return gzip.NewCompressionCodec()
	case "snappy":
		return snappy.NewCompressionCodec()
	case "lz4":
		return lz4.NewCompressionCodec()
	}
	samsacompat.Fail(fmt.Errorf("unknown codec %s", opts["compression"]))
	return nil
}

func readRecords() []samsacompat.Record {
	var in struct{ Records []samsacompat.Record }
	if err := json.NewDecoder(os.Stdin).Decode(&in); err != nil {
		samsacompat.Fail(err)
	}
	return in.Records
}

func toMessage(r samsacompat.Record) kafka.Message {
	m := kafka.Message{Key: samsacompat.Unhex(r.Key), Value: samsacompat.Unhex(r.Value)}
	if len(r.Headers) > 0 {
		samsacompat.Fail(fmt.Errorf("kafka-go 0.2 cannot write headers"))
	}
	if r.Timestamp != nil {
		m.Time = time.Unix(0, *r.Timestamp*int64(time.Millisecond))
	}
	return m
}

func dial(addr, topic string, partition int) *kafka.Conn {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, err := kafka.DialLeader(ctx, "tcp", addr, topic, partition)
	if err != nil {
		samsacompat.Fail(err)
	}
	conn.SetDeadline(time.Now().Add(30 * time.Second))
	return conn
}

// produce writes each partition's records through one leader connection. Conn.WriteMessages reports no
// offsets, so they are read around the write: the partition's end offset before it, plus the record's index.
func produce(addr string, args []string, opts map[string]string) {
	topic := args[0]
	records := readRecords()
	byPartition := map[int][]int{}
	var order []int
	for i, r := range records {
		p := 0
		if r.Partition != nil {
			p = int(*r.Partition)
		}
		if _, seen := byPartition[p]; !seen {
			order = append(order, p)
		}
		byPartition[p] = append(byPartition[p], i)
	}
	type delivery struct {
		Partition int   `json:"partition"`
		Offset    int64 `json:"offset"`
	}
	delivered := make([]delivery, len(records))
	cc := codec(opts)
	for _, p := range order {
		conn := dial(addr, topic, p)
		end, err := conn.ReadLastOffset()
		if err != nil {
			samsacompat.Fail(err)
		}
		msgs := make([]kafka.Message, len(byPartition[p]))
		for j, i := range byPartition[p] {
			msgs[j] = toMessage(records[i])
			delivered[i] = delivery{p, end + int64(j)}
		}
		if cc == nil {
			_, err = conn.WriteMessages(msgs...)
		} else {
			_, err = conn.WriteCompressedMessages(cc, msgs...)
		}
		if err != nil {
			samsacompat.Fail(err)
		}
		conn.Close()
	}
	samsacompat.Emit(map[string]interface{}{"delivered": delivered})
}

// write goes through kafka.Writer, which finds the partitions itself and spreads keys with a hash balancer.
func write(addr string, args []string, opts map[string]string) {
	records := readRecords()
	w := kafka.NewWriter(kafka.WriterConfig{
		Brokers: []string{addr}, Topic: args[0], Balancer: &kafka.Hash{}, CompressionCodec: codec(opts),
		BatchTimeout: 10 * time.Millisecond, RequiredAcks: -1,
	})
	msgs := make([]kafka.Message, len(records))
	for i, r := range records {
		msgs[i] = toMessage(r)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := w.WriteMessages(ctx, msgs...); err != nil {
		samsacompat.Fail(err)
	}
	if err := w.Close(); err != nil {
		samsacompat.Fail(err)
	}
	samsacompat.Emit(map[string]int{"written": len(msgs)})
}

func toRecord(m kafka.Message) samsacompat.Record {
	ts := int64(-1)
	if !m.Time.IsZero() && m.Time.UnixNano() > 0 {
		ts = m.Time.UnixNano() / int64(time.Millisecond)
	}
	p, o := int32(m.Partition), m.Offset
	return samsacompat.Record{Key: samsacompat.Tohex(m.Key), Value: samsacompat.Tohex(m.Value), Headers: [][]*string{}, Timestamp: &ts, Partition: &p, Offset: &o}
}

func consume(addr string, args []string, opts map[string]string) {
	topic := args[0]
	partition, _ := strconv.Atoi(args[1])
	count, _ := strconv.Atoi(args[3])
	conn := dial(addr, topic, partition)
	defer conn.Close()
	switch args[2] {
	case "beginning":
		_, err := conn.Seek(0, kafka.SeekStart)
		if err != nil {
			samsacompat.Fail(err)
		}
	case "end":
		_, err := conn.Seek(0, kafka.SeekEnd)
		if err != nil {
			samsacompat.Fail(err)
		}
	default:
		n, _ := strconv.ParseInt(args[2], 10, 64)
		if _, err := conn.Seek(n, kafka.SeekAbsolute); err != nil {
			samsacompat.Fail(err)
		}
	}
	records := []samsacompat.Record{}
	idle := time.Duration(samsacompat.IntOpt(opts, "idle_ms", 3000)) * time.Millisecond
	for len(records) < count {
		conn.SetReadDeadline(time.Now().Add(idle))
		batch := conn.ReadBatch(1, 10e6)
		for len(records) < count {
			m, err := batch.ReadMessage()
			if err != nil {
				break
			}
			m.Partition = partition
			records = append(records, toRecord(m))
		}
		if err := batch.Close(); err != nil {
			if ne, ok := err.(interface{ Timeout() bool }); ok && ne.Timeout() {
				break
			}
			samsacompat.Fail(err)
		}
	}
	samsacompat.Emit(map[string]interface{}{"records": records})
}

func offsetForTime(addr string, args []string) {
	partition, _ := strconv.Atoi(args[1])
	ts, _ := strconv.ParseInt(args[2], 10, 64)
	conn := dial(addr, args[0], partition)
	defer conn.Close()
	offset, err := conn.ReadOffset(time.Unix(0, ts*int64(time.Millisecond)))
	if err != nil {
		samsacompat.Fail(err)
	}
	samsacompat.Emit(map[string]int64{"offset": offset})
}

func metadata(addr string, args []string) {
	conn, err := kafka.Dial("tcp", addr)
	if err != nil {
		samsacompat.Fail(err)
	}
	defer conn.Close()
	parts, err := conn.ReadPartitions(args...)
	if err != nil {
		samsacompat.Fail(err)
	}
	type partition struct {
		Topic     string `json:"topic"`
		Partition int    `json:"partition"`
		Leader    int    `json:"leader"`
		Host      string `json:"host"`
		Port      int    `json:"port"`
	}
	out := []partition{}
	for _, p := range parts {
		out = append(out, partition{p.Topic, p.ID, p.Leader.ID, p.Leader.Host, p.Leader.Port})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Topic != out[j].Topic {
			return out[i].Topic < out[j].Topic
		}
		return out[i].Partition < out[j].Partition
	})
	samsacompat.Emit(map[string]interface{}{"partitions": out})
}

// groupLog watches the Reader's log for its "subscribed to partitions" line: that is when a member has its
// assignment (kafka-go 0.2 has no rebalance callback).
type groupLog struct {
	mu          sync.Mutex
	assignments [][]int
	readyFile   string
}

var subscribed = regexp.MustCompile(`subscribed to partitions: map\[(.*)\]`)

func (g *groupLog) Write(b []byte) (int, error) {
	m := subscribed.FindSubmatch(b)
	if m == nil {
		return len(b), nil
	}
	parts := []int{}
	for _, entry := range strings.Fields(string(m[1])) {
		p, err := strconv.Atoi(strings.SplitN(entry, ":", 2)[0])
		if err == nil {
			parts = append(parts, p)
		}
	}
	sort.Ints(parts)
	g.mu.Lock()
	g.assignments = append(g.assignments, parts)
	g.mu.Unlock()
	if g.readyFile != "" {
		ioutil.WriteFile(g.readyFile, []byte("ready"), 0o644)
	}
	return len(b), nil
}

func group(addr string, args []string, opts map[string]string) {
	watcher := &groupLog{readyFile: opts["ready_file"]}
	r := kafka.NewReader(kafka.ReaderConfig{
		Brokers: []string{addr}, GroupID: args[0], Topic: args[1], MinBytes: 1, MaxBytes: 10e6,
		MaxWait: 100 * time.Millisecond, HeartbeatInterval: 500 * time.Millisecond, SessionTimeout: 10 * time.Second,
		RebalanceTimeout: 10 * time.Second, Logger: log.New(watcher, "", 0),
	})
	idle := time.Duration(samsacompat.IntOpt(opts, "idle_ms", 4000)) * time.Millisecond
	records := [][]interface{}{}
	started := time.Now()
	for {
		watcher.mu.Lock()
		assigned := len(watcher.assignments) > 0
		watcher.mu.Unlock()
		wait := idle
		if !assigned {
			wait = 30*time.Second - time.Since(started)
		}
		ctx, cancel := context.WithTimeout(context.Background(), wait)
		// ReadMessage commits each message synchronously (CommitInterval 0) before returning it.
		m, err := r.ReadMessage(ctx)
		cancel()
		if err != nil {
			if err == context.DeadlineExceeded {
				break
			}
			samsacompat.Fail(err)
		}
		records = append(records, []interface{}{m.Partition, m.Offset, string(m.Value)})
	}
	if err := r.Close(); err != nil {
		samsacompat.Fail(err)
	}
	watcher.mu.Lock()
	defer watcher.mu.Unlock()
	samsacompat.Emit(map[string]interface{}{"records": records, "assignments": watcher.assignments})
}

type kafkaErr struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func errorOf(err error) *kafkaErr {
	if err == nil {
		return nil
	}
	if e, ok := err.(kafka.Error); ok {
		return &kafkaErr{int(e), e.Error()}
	}
	return &kafkaErr{-1, err.Error()}
}

func admin(addr string, op string, args []string) {
	conn, err := kafka.Dial("tcp", addr)
	if err != nil {
		samsacompat.Fail(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(30 * time.Second))
	switch op {
	case "create-topics":
		var in []struct {
			Topic       string            `json:"topic"`
			Partitions  int               `json:"partitions"`
			Replication int               `json:"replication"`
			Configs     map[string]string `json:"configs"`
		}
		if err := json.Unmarshal([]byte(args[0]), &in); err != nil {
			samsacompat.Fail(err)
		}
		topics := make([]kafka.TopicConfig, len(in))
		for i, t := range in {
			topics[i] = kafka.TopicConfig{Topic: t.Topic, NumPartitions: t.Partitions, ReplicationFactor: t.Replication}
			for k, v := range t.Configs {
				topics[i].ConfigEntries = append(topics[i].ConfigEntries, kafka.ConfigEntry{ConfigName: k, ConfigValue: v})
			}
		}
		err = conn.CreateTopics(topics...)
	case "delete-topics":
		var names []string
		if err := json.Unmarshal([]byte(args[0]), &names); err != nil {
			samsacompat.Fail(err)
		}
		err = conn.DeleteTopics(names...)
	}
	samsacompat.Emit(map[string]interface{}{"error": errorOf(err)})
}

func main() {
	if len(os.Args) < 3 {
		samsacompat.Fail(fmt.Errorf("usage: kafka-go BOOTSTRAP COMMAND ARGS... [OPT=VALUE ...]"))
	}
	addr := strings.Split(os.Args[1], ",")[0]
	args, opts := samsacompat.Options(os.Args[3:])
	switch os.Args[2] {
	case "produce":
		produce(addr, args, opts)
	case "write":
		write(addr, args, opts)
	case "consume":
		consume(addr, args, opts)
	case "offset-for-time":
		offsetForTime(addr, args)
	case "metadata":
		metadata(addr, args)
	case "group":
		group(addr, args, opts)
	case "create-topics", "delete-topics":
		admin(addr, os.Args[2], args)
	default:
		samsacompat.Fail(fmt.Errorf("unknown command %s", os.Args[2]))
	}
}
